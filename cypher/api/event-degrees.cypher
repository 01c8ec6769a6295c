// How many events each entity is tied to by its own relationships (attended; held at or about it) and
// how many events the graph holds, from Neo4j's counts, for choosing how to read its first events
// (batch-reads.ts). A country's representatives' attendances are counted apart, only when needed
// (represented-attendances.cypher).
CALL () {
  MATCH (e:Event)
  RETURN count(e) AS events
}
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
RETURN id, events, n:Country AS isCountry,
       COUNT { (n)-[:ATTENDED]->() } + COUNT { (n)<-[:HELD_IN|ABOUT]-() } AS degree
