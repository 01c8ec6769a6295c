// How many articles match the filter, over all pages: run only when a client asks for totalCount. With
// an entity to mention, only the articles mentioning it are looked at.
CALL () {
  MATCH (a:Article)
  WHERE $mentions IS NULL
  RETURN a
  UNION ALL
  MATCH (:GraphNode {id: $mentions})<-[:MENTIONS]-(a:Article)
  RETURN a
}
WITH a
WHERE ($from IS NULL OR a.publishedAt >= date($from))
  AND ($to IS NULL OR a.publishedAt <= date($to))
  AND ($language IS NULL OR a.language = $language)
  AND ($publisher IS NULL OR EXISTS { MATCH (a)-[:PUBLISHED_BY]->(p:Publisher) WHERE toLower(p.name) = toLower($publisher) })
RETURN count(a) AS totalCount
