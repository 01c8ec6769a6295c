// For each entity: its country (a place's LOCATED_IN, a person's REPRESENTS, an organization's
// BASED_IN), its offices, and its memberships (country or organization side), each with its key (`fact`),
// under which tie-sources.cypher reads a page of its sources when a request asks for them. The nodes
// at the other ends (the country, office holders, members or organizations) come back too, as
// nodes-by-id.cypher shapes them, so selecting their fields needs no second read.
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
OPTIONAL CALL (n) {
  MATCH (n)-[:LOCATED_IN|REPRESENTS|BASED_IN]->(country:Country)
  RETURN country
  LIMIT 1
}
CALL (n) {
  OPTIONAL MATCH (n)-[office:HOLDS_OFFICE]->(holder)
  WITH office, holder WHERE office IS NOT NULL
  RETURN collect({title: office.title, officeId: office.officeId, holderId: holder.id, asOf: toString(office.asOf), fact: office.fact}) AS offices,
         collect(DISTINCT holder) AS holders
}
CALL (n) {
  OPTIONAL MATCH (n)-[membership:MEMBER_OF]-(other)
  WITH n, membership, other WHERE membership IS NOT NULL
  RETURN collect({countryId: startNode(membership).id, organizationId: endNode(membership).id, status: membership.status,
                  fact: membership.fact}) AS memberships,
         collect(DISTINCT other) AS others
}
RETURN id, country.id AS countryId, offices, memberships,
       [tied IN CASE WHEN country IS NULL THEN [] ELSE [country] END + holders + others |
          tied {.*, body: null, label: [l IN labels(tied) WHERE l <> 'GraphNode'][0],
                date: toString(tied.date), publishedAt: toString(tied.publishedAt), loadedAt: toString(tied.loadedAt)}] AS nodes
