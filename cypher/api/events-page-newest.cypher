// One page of events matching the filter, newest first (undated last; one day's events by id, highest
// first), after $afterKey (the newestFirstKey of the previous page's last event, or null). Walks the
// index of newestFirstKey (migration 0012) downwards and stops after $pageSize matches: a page reads about
// a page of events when most match (all events; a participant in most of them), more as matches thin out.
// $fromKey / $toKey bound the key to the dates asked (toKey is the day after `to` as a key prefix).
// The walk, pinned: on some statistics the planner scanned every event and sorted them instead.
// Ties are checked from the item out to unlabelled nodes: cypher/README.md, "List walks".
MATCH (e:Event)
USING INDEX SEEK e:Event(newestFirstKey)
WHERE e.newestFirstKey >= $fromKey AND e.newestFirstKey < coalesce($afterKey, $toKey) AND e.newestFirstKey < $toKey
  AND (($fromKey = '' AND $toKey = '~') OR e.date IS NOT NULL)
  AND ($participant IS NULL
       OR EXISTS { MATCH (e)<-[:ATTENDED]-(attendee) WHERE attendee.id = $participant }
       OR EXISTS { MATCH (e)<-[:ATTENDED]-()-[:REPRESENTS]->(country) WHERE country.id = $participant })
  AND ($kind IS NULL OR $kind IN e.kinds)
  AND ($status IS NULL OR coalesce(e.status, 'held') = toLower($status))
  AND ($place IS NULL OR EXISTS { MATCH (e)-[:HELD_IN]->(place) WHERE place.id = $place })
  AND ($topic IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(topic) WHERE topic.id = $topic })
WITH e ORDER BY e.newestFirstKey DESC
LIMIT $pageSize
RETURN e.id AS id, toString(e.date) AS date
