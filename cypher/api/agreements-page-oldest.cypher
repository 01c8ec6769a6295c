// One page of agreements matching the filter, oldest first (undated last; one day's agreements by id),
// after $afterKey (the oldestFirstKey of the previous page's last agreement, or null): the index of
// oldestFirstKey (migration 0014) walked upwards, as agreements-page-newest.cypher walks newestFirstKey.
// The walk, pinned: on some statistics the planner scanned every agreement and sorted them instead.
// Ties are checked from the item out to unlabelled nodes: cypher/README.md, "List walks".
MATCH (g:Agreement)
USING INDEX SEEK g:Agreement(oldestFirstKey)
WHERE g.oldestFirstKey > coalesce($afterKey, '') AND g.oldestFirstKey >= $fromKey AND g.oldestFirstKey < $toKey
  AND (($fromKey = '' AND $toKey = '~') OR g.date IS NOT NULL)
  AND ($party IS NULL OR EXISTS { MATCH (g)<-[:PARTY_TO]-(party) WHERE party.id = $party })
  AND ($kind IS NULL OR g.kind = $kind)
  AND ($status IS NULL OR g.status = $status)
WITH g ORDER BY g.oldestFirstKey ASC
LIMIT $pageSize
RETURN g.id AS id, toString(g.date) AS date
