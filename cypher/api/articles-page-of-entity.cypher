// One page of the articles that mention $mentions, in either order, for an entity few articles mention:
// reads its own mentions and keeps a page, where walking every article on an order index would read
// far more before finding a page of its (the choice: walk-or-expand.ts).
MATCH (:GraphNode {id: $mentions})<-[:MENTIONS]-(a:Article)
WITH a, CASE WHEN $oldestFirst THEN a.oldestFirstKey ELSE a.newestFirstKey END AS key
WHERE key >= $fromKey AND key < $toKey
  AND (($fromKey = '' AND $toKey = '~') OR a.publishedAt IS NOT NULL)
  AND ($afterKey IS NULL OR ($oldestFirst AND key > $afterKey) OR (NOT $oldestFirst AND key < $afterKey))
  AND ($language IS NULL OR a.language = $language)
  AND ($publisher IS NULL OR EXISTS { MATCH (a)-[:PUBLISHED_BY]->(p:Publisher) WHERE toLower(p.name) = toLower($publisher) })
WITH a, key
ORDER BY CASE WHEN $oldestFirst THEN key END ASC, CASE WHEN $oldestFirst THEN null ELSE key END DESC
LIMIT $pageSize
RETURN a.id AS id, toString(a.publishedAt) AS date
