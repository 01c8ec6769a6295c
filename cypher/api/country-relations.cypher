// What ties two countries: agreements both are party to, and organizations both belong to (meetings
// come from meetings-between.cypher).
MATCH (a:Country {id: $a})
MATCH (b:Country {id: $b})
CALL (a, b) {
  OPTIONAL MATCH (a)-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(b)
  WITH agreement ORDER BY agreement.date, agreement.id
  RETURN collect(agreement.id) AS agreementIds
}
CALL (a, b) {
  OPTIONAL MATCH (a)-[:MEMBER_OF]->(organization:Organization)<-[:MEMBER_OF]-(b)
  WITH organization ORDER BY organization.name
  RETURN collect(organization.id) AS organizationIds
}
RETURN agreementIds, organizationIds
