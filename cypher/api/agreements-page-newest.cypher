// One page of agreements matching the filter, newest first (undated last; one day's agreements by id,
// highest first), after $afterKey (the newestFirstKey of the previous page's last agreement, or null).
// Walks the index of newestFirstKey (migration 0014) downwards and stops after $pageSize matches (a
// party few agreements name is read from its own instead: agreements-page-of-party.cypher).
// $fromKey / $toKey bound the key to the dates asked (toKey is the day after `to` as a key prefix).
// The walk, pinned: on some statistics the planner scanned every agreement and sorted them instead.
// Ties are checked from the item out to unlabelled nodes: cypher/README.md, "List walks".
MATCH (g:Agreement)
USING INDEX SEEK g:Agreement(newestFirstKey)
WHERE g.newestFirstKey >= $fromKey AND g.newestFirstKey < coalesce($afterKey, $toKey) AND g.newestFirstKey < $toKey
  AND (($fromKey = '' AND $toKey = '~') OR g.date IS NOT NULL)
  AND ($party IS NULL OR EXISTS { MATCH (g)<-[:PARTY_TO]-(party) WHERE party.id = $party })
  AND ($kind IS NULL OR g.kind = $kind)
  AND ($status IS NULL OR g.status = $status)
WITH g ORDER BY g.newestFirstKey DESC
LIMIT $pageSize
RETURN g.id AS id, toString(g.date) AS date
