// One page of agreements matching the filter, newest or oldest first ($oldestFirst) and undated last, after a (sortKey, id) cursor,
// plus the total count.
// With a party, only its agreements are looked at, not every agreement checked against it.
CALL () {
  MATCH (g:Agreement)
  WHERE $party IS NULL
  RETURN g
  UNION ALL
  MATCH (:GraphNode {id: $party})-[:PARTY_TO]->(g:Agreement)
  RETURN g
}
WITH g
WHERE ($from IS NULL OR g.date >= date($from))
  AND ($to IS NULL OR g.date <= date($to))
  AND ($kind IS NULL OR g.kind = $kind)
  AND ($status IS NULL OR g.status = $status)
WITH g.id AS id, g.date AS day
// One ascending key for either order: the date as YYYYMMDD, negated for newest first; undated last.
WITH id, CASE WHEN day IS NULL THEN 100000000
              ELSE (CASE WHEN $oldestFirst THEN 1 ELSE -1 END) * (day.year * 10000 + day.month * 100 + day.day) END AS sortKey
ORDER BY sortKey, id
WITH collect({id: id, sortKey: sortKey}) AS matching
RETURN size(matching) AS totalCount,
       [item IN matching WHERE $afterId IS NULL
          OR item.sortKey > $afterKey
          OR (item.sortKey = $afterKey AND item.id > $afterId)][0..$pageSize] AS page
