// One page of agreements matching the filter, newest first and undated last, after a (date, id) cursor,
// plus the total count.
MATCH (g:Agreement)
WHERE ($from IS NULL OR g.date >= date($from))
  AND ($to IS NULL OR g.date <= date($to))
  AND ($kind IS NULL OR g.kind = $kind)
  AND ($status IS NULL OR g.status = $status)
  AND ($party IS NULL OR EXISTS { MATCH (:GraphNode {id: $party})-[:PARTY_TO]->(g) })
WITH g.id AS id, coalesce(toString(g.date), '') AS sortDate
ORDER BY sortDate DESC, id
WITH collect({id: id, sortDate: sortDate}) AS matching
RETURN size(matching) AS totalCount,
       [item IN matching WHERE $afterId IS NULL
          OR item.sortDate < $afterDate
          OR (item.sortDate = $afterDate AND item.id > $afterId)][0..$pageSize] AS page
