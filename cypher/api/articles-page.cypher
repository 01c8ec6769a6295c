// One page of articles matching the filter, newest first and undated last, after a (date, id) cursor,
// plus the total count.
MATCH (a:Article)
WHERE ($from IS NULL OR a.publishedAt >= date($from))
  AND ($to IS NULL OR a.publishedAt <= date($to))
  AND ($language IS NULL OR a.language = $language)
  AND ($publisher IS NULL OR EXISTS { MATCH (a)-[:PUBLISHED_BY]->(p:Publisher) WHERE toLower(p.name) = toLower($publisher) })
  AND ($mentions IS NULL OR EXISTS { MATCH (a)-[:MENTIONS]->(:GraphNode {id: $mentions}) })
WITH a.id AS id, coalesce(toString(a.publishedAt), '') AS sortDate
ORDER BY sortDate DESC, id
WITH collect({id: id, sortDate: sortDate}) AS matching
RETURN size(matching) AS totalCount,
       [item IN matching WHERE $afterId IS NULL
          OR item.sortDate < $afterDate
          OR (item.sortDate = $afterDate AND item.id > $afterId)][0..$pageSize] AS page
