// Plain-driver twin of the benchmark's GraphQL
// whoMet(party: $party) { counterpart { id name } meetings { id date } }:
// the same counterparts in the same order (latest meeting first), each with its meetings, newest first.
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
WITH other, collect(DISTINCT {id: e.id, date: coalesce(toString(e.date), e.dateText)}) AS meetings, max(e.date) AS latest
RETURN other.id AS id, other.name AS name, meetings
ORDER BY latest DESC, id
