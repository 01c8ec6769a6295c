// The events of one page of an entity's timeline (its agreements: timeline-agreements.cypher), for an
// entity many events are tied to (Kazakhstan): oldest first (undated last; one day's by id), after
// $afterKey (the oldestFirstKey the page starts after, '' for the first), within [$fromKey, $toKey) as
// events-page-oldest.cypher takes them. Walks all events upwards on the index of oldestFirstKey
// (migration 0013) and stops at $pageSize tied to the entity: about $pageSize x events / degree read,
// not each of its events (timeline-events-few.cypher reads those, for an entity in few).
MATCH (n:GraphNode {id: $entity})
// A country's representatives, read once, and each walked event's few attendees looked for among them:
// with the country's id to match instead, Neo4j anchored the check at the country on a small graph and
// expanded all its representatives' attendances for every event walked (PROFILE).
WITH n, CASE WHEN n:Country THEN COLLECT { MATCH (n)<-[:REPRESENTS]-(p:Person) RETURN DISTINCT p } ELSE [] END AS reps
CALL (n, reps) {
  // The walk, pinned: on some statistics the planner scanned every event and sorted them instead.
  MATCH (e:Event)
  USING INDEX SEEK e:Event(oldestFirstKey)
  WHERE e.oldestFirstKey > $afterKey AND e.oldestFirstKey >= $fromKey AND e.oldestFirstKey < $toKey
  WITH e ORDER BY e.oldestFirstKey ASC
  // A date range leaves the undated out; their key ('9999-99-99 id') is past any day.
  WHERE (($fromKey = '' AND $toKey = '~') OR e.date IS NOT NULL)
    // One pass over the event's few relationships for all three ties (attended by the entity or one of its
    // representatives, held at or about it): three checks read the event's relationships three times
    // (46 db hits a walked event on the generated graphs of bounded-relationship-lists, 17 this way).
    AND EXISTS { MATCH (e)-[:ATTENDED|HELD_IN|ABOUT]-(tied) WHERE tied = n OR tied IN reps }
  RETURN e
  LIMIT $pageSize
}
RETURN e.id AS id, toString(e.date) AS date
