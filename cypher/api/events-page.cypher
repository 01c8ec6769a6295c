// One page of events matching the filter, newest or oldest first ($oldestFirst) and undated last, after a (sortKey, id) cursor,
// plus the total count. Keyset paging keeps pages stable while events are added.
// With a participant, only its events are looked at (a country's: also its representatives'), not
// every event checked against it: 20 times fewer db hits for a country of the 10,000-article graph.
CALL () {
  MATCH (e:Event)
  WHERE $participant IS NULL
  RETURN e
  UNION ALL
  CALL () {
    MATCH (:GraphNode {id: $participant})-[:ATTENDED]->(e:Event)
    RETURN e
    UNION
    MATCH (:Country {id: $participant})<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e:Event)
    RETURN e
  }
  RETURN e
}
WITH e
WHERE ($from IS NULL OR e.date >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND ($kind IS NULL OR $kind IN e.kinds)
  AND ($status IS NULL OR coalesce(e.status, 'held') = toLower($status))
  AND ($place IS NULL OR EXISTS { MATCH (e)-[:HELD_IN]->(:Place {id: $place}) })
  AND ($topic IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(:Topic {id: $topic}) })
WITH e.id AS id, e.date AS day
// One ascending key for either order: the date as YYYYMMDD, negated for newest first; undated last.
WITH id, CASE WHEN day IS NULL THEN 100000000
              ELSE (CASE WHEN $oldestFirst THEN 1 ELSE -1 END) * (day.year * 10000 + day.month * 100 + day.day) END AS sortKey
ORDER BY sortKey, id
WITH collect({id: id, sortKey: sortKey}) AS matching
RETURN size(matching) AS totalCount,
       [item IN matching WHERE $afterId IS NULL
          OR item.sortKey > $afterKey
          OR (item.sortKey = $afterKey AND item.id > $afterId)][0..$pageSize] AS page
