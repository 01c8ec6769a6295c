// One page of the events of a participant few events are tied to (a country's: also its
// representatives'), in either order ($oldestFirst), after $afterKey: reads the participant's events,
// not all of them (events-page-newest.cypher walks all events, for participants in most of them).
// Ties are checked from the item out to unlabelled nodes: cypher/README.md, "List walks".
CALL () {
  MATCH (:GraphNode {id: $participant})-[:ATTENDED]->(e:Event)
  RETURN e
  UNION
  MATCH (:Country {id: $participant})<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e:Event)
  RETURN e
}
WITH e, CASE WHEN $oldestFirst THEN e.oldestFirstKey ELSE e.newestFirstKey END AS key
WHERE key >= $fromKey AND key < $toKey
  AND (($fromKey = '' AND $toKey = '~') OR e.date IS NOT NULL)
  AND ($afterKey IS NULL OR ($oldestFirst AND key > $afterKey) OR (NOT $oldestFirst AND key < $afterKey))
  AND ($kind IS NULL OR $kind IN e.kinds)
  AND ($status IS NULL OR coalesce(e.status, 'held') = toLower($status))
  AND ($place IS NULL OR EXISTS { MATCH (e)-[:HELD_IN]->(place) WHERE place.id = $place })
  AND ($topic IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(topic) WHERE topic.id = $topic })
WITH e, key
ORDER BY CASE WHEN $oldestFirst THEN key END ASC, CASE WHEN $oldestFirst THEN null ELSE key END DESC
LIMIT $pageSize
RETURN e.id AS id, toString(e.date) AS date
