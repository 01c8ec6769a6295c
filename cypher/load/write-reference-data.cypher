// The knowledge base's countries, intergovernmental organizations and memberships, marked as reference
// data (`reference: true`, with the base's version and as-of date) so that they are never mistaken for
// what an article stated. Paths through shared organizations exist before any article mentions them.
CALL () {
  UNWIND $countries AS row
  MERGE (n:Country {id: row.id})
  SET n:GraphNode, n.name = row.name, n.iso2 = row.iso2, n.iso3 = row.iso3, n.wikidataId = row.wikidataId,
      n.aliases = reduce(merged = coalesce(n.aliases, []), alias IN row.aliases | CASE WHEN alias IN merged THEN merged ELSE merged + alias END),
      n.known = true, n.reference = true, n.referenceVersion = $version, n.referenceAsOf = date($asOf)
  RETURN count(n) AS countries
}
CALL () {
  UNWIND $organizations AS row
  MERGE (n:Organization {id: row.id})
  SET n:GraphNode, n.name = row.name, n.acronym = row.acronym, n.organizationKind = row.kind, n.wikidataId = row.wikidataId,
      n.aliases = reduce(merged = coalesce(n.aliases, []), alias IN row.aliases | CASE WHEN alias IN merged THEN merged ELSE merged + alias END),
      n.known = true, n.reference = true, n.referenceVersion = $version, n.referenceAsOf = date($asOf)
  RETURN count(n) AS organizations
}
CALL () {
  UNWIND $memberships AS row
  MATCH (country:Country {id: row.countryId})
  MATCH (organization:Organization {id: row.organizationId})
  MERGE (country)-[r:MEMBER_OF]->(organization)
  // The membership's key, as write-memberships.cypher gives it: articles that state it too add their records under it.
  SET r.fact = 'MEMBER_OF ' + country.id + ' ' + organization.id,
      r.reference = true, r.referenceStatus = row.status, r.status = row.status,
      r.referenceVersion = $version, r.referenceAsOf = date($asOf)
  RETURN count(r) AS memberships
}
RETURN countries, organizations, memberships
