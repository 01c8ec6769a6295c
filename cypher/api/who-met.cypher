// Who met whom: the counterparts of a person or country (a country through its representatives too)
// in the events they attended, each with those events, the most recent counterpart first.
MATCH (party:GraphNode {id: $party})
CALL (party) {
  MATCH (party)-[:ATTENDED]->(e:Event)
  RETURN e
  UNION
  MATCH (party)<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e:Event)
  WHERE party:Country
  RETURN e
}
MATCH (other)-[:ATTENDED]->(e)
WHERE other <> party AND NOT (party:Country AND (other)-[:REPRESENTS]->(party))
WITH other, e
ORDER BY e.date DESC, e.id
WITH other, collect(DISTINCT e.id) AS eventIds, max(e.date) AS latest
RETURN other.id AS counterpartId, eventIds
ORDER BY latest DESC, counterpartId
