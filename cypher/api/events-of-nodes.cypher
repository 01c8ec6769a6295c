// For each node: the events it took part in (a country also through persons representing it), that were
// held there (a place), or that were about it (a topic); newest first, undated last.
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
CALL (n) {
  MATCH (n)-[:ATTENDED]->(e:Event)
  RETURN e
  UNION
  MATCH (e:Event)-[:HELD_IN|ABOUT]->(n)
  RETURN e
  UNION
  MATCH (n)<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e:Event)
  WHERE n:Country
  RETURN e
}
WITH id, e
ORDER BY e.date IS NULL, e.date DESC, e.id
RETURN id, collect(e.id) AS eventIds
