// Full-text search over entity names and aliases (every language), then over article titles and text.
// Entities that match come before articles (a name is a stronger answer than a passing mention);
// within each, Lucene's relevance ranks.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $first}) YIELD node, score
  RETURN node.id AS id, score, 0 AS tier
  UNION
  CALL db.index.fulltext.queryNodes('article_text', $query, {limit: $first}) YIELD node, score
  RETURN node.id AS id, score, 1 AS tier
}
RETURN id, score
ORDER BY tier, score DESC, id
LIMIT $first
