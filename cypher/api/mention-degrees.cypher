// How many articles name each entity, and how many articles the graph holds: both from Neo4j's counts
// (no relationship is read), for choosing how to read a page of the articles naming an entity
// (list-queries.ts: walk the articles, or read the entity's own).
CALL () {
  MATCH (a:Article)
  RETURN count(a) AS articles
}
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
RETURN id, COUNT { (n)<-[:MENTIONS]-() } AS degree, articles
