// How many events each entity is tied to (attended; held at or about it; for a country, attended by the
// persons representing it: an upper bound, as one event may count twice), and how many events the graph
// holds: from Neo4j's counts and the representatives' degrees, no event is read. For choosing how to read
// an entity's first events (batch-reads.ts).
CALL () {
  MATCH (e:Event)
  RETURN count(e) AS events
}
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
RETURN id, events,
       COUNT { (n)-[:ATTENDED]->() } + COUNT { (n)<-[:HELD_IN|ABOUT]-() } +
       CASE WHEN n:Country THEN COUNT { (n)<-[:REPRESENTS]-(:Person)-[:ATTENDED]->() } ELSE 0 END AS degree
