// Before an article is retracted (changed, or removed): the write lock of every node it mentions or
// reports, in id order, before anything about them is read. Loads lock the same nodes before writing
// relationships to them (merge-entities.cypher sets every entity an article names), so a retraction and
// a load that share a node run one after the other: the retraction never deletes a relationship, an
// event or an entity a concurrent load has just given another source (a load that matched it would
// then write to a deleted relationship and its source would be lost). A set-and-remove leaves nothing.
MATCH (a:Article {id: $articleId})
CALL (a) {
  MATCH (a)-[:MENTIONS]->(n)
  RETURN n
  UNION
  MATCH (n)-[:REPORTED_IN]->(a)
  RETURN n
}
WITH n
ORDER BY n.id
SET n.loadLock = true
REMOVE n.loadLock
RETURN count(n) AS locked
