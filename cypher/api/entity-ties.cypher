// For each entity: its country (a place's LOCATED_IN, a person's REPRESENTS, an organization's
// BASED_IN), its offices, and its memberships (country or organization side), with sources.
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
OPTIONAL CALL (n) {
  MATCH (n)-[:LOCATED_IN|REPRESENTS|BASED_IN]->(country:Country)
  RETURN country.id AS countryId
  LIMIT 1
}
CALL (n) {
  OPTIONAL MATCH (n)-[office:HOLDS_OFFICE]->(holder)
  WITH office, holder WHERE office IS NOT NULL
  RETURN collect({title: office.title, officeId: office.officeId, holderId: holder.id, asOf: toString(office.asOf),
                  sources: office.sources, sentences: office.sentences, starts: office.starts, ends: office.ends}) AS offices
}
CALL (n) {
  OPTIONAL MATCH (n)-[membership:MEMBER_OF]-(other)
  WITH n, membership, other WHERE membership IS NOT NULL
  RETURN collect({countryId: startNode(membership).id, organizationId: endNode(membership).id, status: membership.status,
                  sources: coalesce(membership.sources, []), sentences: coalesce(membership.sentences, []),
                  starts: coalesce(membership.starts, []), ends: coalesce(membership.ends, [])}) AS memberships
}
RETURN id, countryId, offices, memberships
