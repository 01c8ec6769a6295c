// Every SUPPORTS record with the tie it supports (found by its start node, `to` and key), as
// list-provenance/tie-entries.cypher reads a graph with provenance lists; a record whose tie is missing
// comes back with no type.
MATCH (a:Article)-[s:SUPPORTS]->(from)
OPTIONAL CALL (s, from) {
  MATCH (from)-[r]->(to:GraphNode {id: s.to})
  WHERE r.fact = s.fact AND NOT r:SUPPORTS
  RETURN r, to
}
RETURN type(r) AS type, from.id AS fromId, to.id AS toId, r.title AS title, a.id AS articleId,
       s.sentence AS sentence, s.start AS start, s.end AS end
ORDER BY type, fromId, toId, title, articleId
