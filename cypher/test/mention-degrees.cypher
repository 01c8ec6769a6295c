// Entities by how many articles name them, most-named first, with the number of articles in the graph.
CALL () {
  MATCH (a:Article)
  RETURN count(a) AS articles
}
MATCH (n:GraphNode)<-[:MENTIONS]-(:Article)
WITH articles, n.id AS id, count(*) AS degree
RETURN id, degree, articles
ORDER BY degree DESC, id
