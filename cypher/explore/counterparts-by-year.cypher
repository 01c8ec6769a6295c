// A country's counterparts by year, through its delegation or its representatives.
// First: :param country => 'country:kz'
MATCH (c:Country {id: $country})
CALL (c) {
  MATCH (c)-[:ATTENDED]->(e:Event) RETURN e
  UNION
  MATCH (c)<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e:Event) RETURN e
}
MATCH (other)-[:ATTENDED]->(e)
WHERE other <> c AND NOT (other)-[:REPRESENTS]->(c)
RETURN e.year AS year, collect(DISTINCT other.name) AS counterparts, count(DISTINCT e) AS events
ORDER BY year DESC
