// Entities by how many events they are tied to (attended, held at or about them, a country's
// representatives' too), most first, with the number of events in the graph.
CALL () {
  MATCH (e:Event)
  RETURN count(e) AS events
}
MATCH (n:GraphNode)
CALL (n) {
  MATCH (n)-[:ATTENDED]->(e:Event) RETURN e
  UNION
  MATCH (e:Event)-[:HELD_IN|ABOUT]->(n) RETURN e
  UNION
  MATCH (n)<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e:Event) WHERE n:Country RETURN e
}
WITH events, n.id AS id, count(e) AS degree
RETURN id, degree, events
ORDER BY degree DESC, id
