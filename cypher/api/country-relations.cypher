// The organizations two countries both belong to, by name (their meetings: meetings-between-*.cypher;
// their agreements: agreements-between-*.cypher, each read only when asked).
MATCH (a:Country {id: $a})
MATCH (b:Country {id: $b})
OPTIONAL MATCH (a)-[:MEMBER_OF]->(organization:Organization)<-[:MEMBER_OF]-(b)
WITH organization ORDER BY organization.name
RETURN collect(organization.id) AS organizationIds
