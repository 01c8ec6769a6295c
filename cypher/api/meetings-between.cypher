// Events both parties attended (a country also through persons representing it), oldest first.
MATCH (a:GraphNode {id: $a})
MATCH (b:GraphNode {id: $b})
CALL (a) {
  MATCH (a)-[:ATTENDED]->(e:Event)
  RETURN e
  UNION
  MATCH (a)<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e:Event)
  WHERE a:Country
  RETURN e
}
WITH b, e
WHERE EXISTS { (b)-[:ATTENDED]->(e) } OR (b:Country AND EXISTS { (b)<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e) })
RETURN DISTINCT e.id AS eventId, e.date AS date
ORDER BY date, eventId
