// One page of articles matching the filter, newest first (undated last; one day's articles by id,
// highest first), after $afterKey (the newestFirstKey of the previous page's last article, or null).
// Walks the index of newestFirstKey (migration 0011) downwards and stops after $pageSize matches: a page
// reads about a page of articles when most match, more as matches thin out (an entity few articles
// mention is read from its own mentions instead: articles-page-of-entity.cypher).
// $fromKey / $toKey bound the key to the dates asked (toKey is the day after `to` as a key prefix).
// Ties are checked from the item out to unlabelled nodes: cypher/README.md, "List walks".
MATCH (a:Article)
// The walk, pinned: on some statistics the planner scanned every article and sorted them instead.
USING INDEX SEEK a:Article(newestFirstKey)
WHERE a.newestFirstKey >= $fromKey AND a.newestFirstKey < coalesce($afterKey, $toKey) AND a.newestFirstKey < $toKey
  AND (($fromKey = '' AND $toKey = '~') OR a.publishedAt IS NOT NULL)
  AND ($mentions IS NULL OR EXISTS { MATCH (a)-[:MENTIONS]->(entity) WHERE entity.id = $mentions })
  AND ($language IS NULL OR a.language = $language)
  AND ($publisher IS NULL OR EXISTS { MATCH (a)-[:PUBLISHED_BY]->(p:Publisher) WHERE toLower(p.name) = toLower($publisher) })
WITH a ORDER BY a.newestFirstKey DESC
LIMIT $pageSize
RETURN a.id AS id, toString(a.publishedAt) AS date
