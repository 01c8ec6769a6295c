// One page of the agreements $party is party to, in either order, for a party of few agreements: reads
// its own and keeps a page, where walking every agreement on an order index would read far more before
// finding a page of its (the choice: walk-or-expand.ts).
MATCH (:GraphNode {id: $party})-[:PARTY_TO]->(g:Agreement)
WITH g, CASE WHEN $oldestFirst THEN g.oldestFirstKey ELSE g.newestFirstKey END AS key
WHERE key >= $fromKey AND key < $toKey
  AND (($fromKey = '' AND $toKey = '~') OR g.date IS NOT NULL)
  AND ($afterKey IS NULL OR ($oldestFirst AND key > $afterKey) OR (NOT $oldestFirst AND key < $afterKey))
  AND ($kind IS NULL OR g.kind = $kind)
  AND ($status IS NULL OR g.status = $status)
WITH g, key
ORDER BY CASE WHEN $oldestFirst THEN key END ASC, CASE WHEN $oldestFirst THEN null ELSE key END DESC
LIMIT $pageSize
RETURN g.id AS id, toString(g.date) AS date
