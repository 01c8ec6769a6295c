// One page of articles matching the filter, oldest first (undated last; one day's articles by id),
// after $afterKey (the oldestFirstKey of the previous page's last article, or null): the index of
// oldestFirstKey (migration 0014) walked upwards, as articles-page-newest.cypher walks newestFirstKey.
// The walk, pinned: on some statistics the planner scanned every article and sorted them instead.
// Ties are checked from the item out to unlabelled nodes: cypher/README.md, "List walks".
MATCH (a:Article)
USING INDEX SEEK a:Article(oldestFirstKey)
WHERE a.oldestFirstKey > coalesce($afterKey, '') AND a.oldestFirstKey >= $fromKey AND a.oldestFirstKey < $toKey
  AND (($fromKey = '' AND $toKey = '~') OR a.publishedAt IS NOT NULL)
  AND ($mentions IS NULL OR EXISTS { MATCH (a)-[:MENTIONS]->(entity) WHERE entity.id = $mentions })
  AND ($language IS NULL OR a.language = $language)
  AND ($publisher IS NULL OR EXISTS { MATCH (a)-[:PUBLISHED_BY]->(p:Publisher) WHERE toLower(p.name) = toLower($publisher) })
WITH a ORDER BY a.oldestFirstKey ASC
LIMIT $pageSize
RETURN a.id AS id, toString(a.publishedAt) AS date
