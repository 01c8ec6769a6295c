// The first $first articles naming each entity, newest first (undated last), with the sentences naming
// it, for entities many articles name (Kazakhstan in most): walks all articles newest first on the index
// of newestFirstKey (migration 0011) and stops at the $first that name it, so it reads about
// $first x articles / degree articles, not each of the entity's mentions.
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
CALL (n) {
  MATCH (a:Article) WHERE a.newestFirstKey IS NOT NULL
  WITH a ORDER BY a.newestFirstKey DESC
  WHERE EXISTS { (a)-[:MENTIONS]->(n) }
  WITH a LIMIT $first
  RETURN a
}
MATCH (a)-[m:MENTIONS]->(n)
RETURN id, a.id AS articleId, m.sentences AS sentences, m.starts AS starts, m.ends AS ends
ORDER BY id, a.newestFirstKey DESC
