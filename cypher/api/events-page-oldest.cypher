// One page of events matching the filter, oldest first (undated last; one day's events by id), after
// $afterKey (the oldestFirstKey of the previous page's last event, or null): events-page-newest.cypher
// walked upwards on the index of oldestFirstKey (migration 0013).
// The walk, pinned: on some statistics the planner scanned every event and sorted them instead.
MATCH (e:Event)
USING INDEX SEEK e:Event(oldestFirstKey)
WHERE e.oldestFirstKey > coalesce($afterKey, '') AND e.oldestFirstKey >= $fromKey AND e.oldestFirstKey < $toKey
  AND (($fromKey = '' AND $toKey = '~') OR e.date IS NOT NULL)
  AND ($participant IS NULL
       OR EXISTS { (:GraphNode {id: $participant})-[:ATTENDED]->(e) }
       OR EXISTS { (:Country {id: $participant})<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e) })
  AND ($kind IS NULL OR $kind IN e.kinds)
  AND ($status IS NULL OR coalesce(e.status, 'held') = toLower($status))
  AND ($place IS NULL OR EXISTS { MATCH (e)-[:HELD_IN]->(:Place {id: $place}) })
  AND ($topic IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(:Topic {id: $topic}) })
WITH e ORDER BY e.oldestFirstKey ASC
LIMIT $pageSize
RETURN e.id AS id, toString(e.date) AS date
