// The first $first articles naming each entity, newest first (undated last), with the sentences naming
// it, for entities few articles name: reads each one's mentions and keeps the newest.
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
CALL (n) {
  MATCH (n)<-[:MENTIONS]-(a:Article)
  WITH a ORDER BY a.newestFirstKey DESC LIMIT $first
  RETURN a
}
MATCH (a)-[m:MENTIONS]->(n)
RETURN id, a.id AS articleId, m.sentences AS sentences, m.starts AS starts, m.ends AS ends
ORDER BY id, a.newestFirstKey DESC
