// How many articles mention $mentions, and how many articles the graph holds: both from Neo4j's counts
// (no relationship is read), for choosing how to read a page of the articles that mention it.
CALL () {
  MATCH (a:Article)
  RETURN count(a) AS articles
}
OPTIONAL MATCH (n:GraphNode {id: $mentions})
RETURN CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)<-[:MENTIONS]-() } END AS degree, articles AS items
