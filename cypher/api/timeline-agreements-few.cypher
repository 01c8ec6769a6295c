// The agreements of one page of an entity's timeline (its events: timeline-events-*.cypher), for an
// entity party to few agreements: its own, oldest first (undated last; one day's by id), within the dates
// ($fromKey / $toKey bound the key; toKey is the day after `to` as a key prefix), after $afterKey (the
// oldestFirstKey, migration 0014, that the cursor's position comes before), $pageSize at most. An entity
// party to many walks the index instead (timeline-agreements-walk.cypher).
MATCH (:GraphNode {id: $entity})-[:PARTY_TO]->(g:Agreement)
WHERE g.oldestFirstKey > $afterKey AND g.oldestFirstKey >= $fromKey AND g.oldestFirstKey < $toKey
  AND (($fromKey = '' AND $toKey = '~') OR g.date IS NOT NULL)
WITH g ORDER BY g.oldestFirstKey ASC
LIMIT $pageSize
RETURN g.id AS id, toString(g.date) AS date
