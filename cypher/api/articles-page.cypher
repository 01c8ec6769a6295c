// One page of articles matching the filter, newest or oldest first ($oldestFirst) and undated last, after a (sortKey, id) cursor,
// plus the total count.
// With an entity to mention, only the articles mentioning it are looked at, not every article checked
// against it.
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
WITH a.id AS id, a.publishedAt AS day
// One ascending key for either order: the date as YYYYMMDD, negated for newest first; undated last.
WITH id, CASE WHEN day IS NULL THEN 100000000
              ELSE (CASE WHEN $oldestFirst THEN 1 ELSE -1 END) * (day.year * 10000 + day.month * 100 + day.day) END AS sortKey
ORDER BY sortKey, id
WITH collect({id: id, sortKey: sortKey}) AS matching
RETURN size(matching) AS totalCount,
       [item IN matching WHERE $afterId IS NULL
          OR item.sortKey > $afterKey
          OR (item.sortKey = $afterKey AND item.id > $afterId)][0..$pageSize] AS page
