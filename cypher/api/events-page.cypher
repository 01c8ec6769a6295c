// One page of events matching the filter, newest first and undated last, after a (date, id) cursor,
// plus the total count. Keyset paging keeps pages stable while events are added.
MATCH (e:Event)
WHERE ($from IS NULL OR e.date >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND ($kind IS NULL OR $kind IN e.kinds)
  AND ($participant IS NULL
       OR EXISTS { MATCH (:GraphNode {id: $participant})-[:ATTENDED]->(e) }
       OR EXISTS { MATCH (:Country {id: $participant})<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e) })
  AND ($place IS NULL OR EXISTS { MATCH (e)-[:HELD_IN]->(:Place {id: $place}) })
  AND ($topic IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(:Topic {id: $topic}) })
WITH e.id AS id, coalesce(toString(e.date), '') AS sortDate
ORDER BY sortDate DESC, id
WITH collect({id: id, sortDate: sortDate}) AS matching
RETURN size(matching) AS totalCount,
       [item IN matching WHERE $afterId IS NULL
          OR item.sortDate < $afterDate
          OR (item.sortDate = $afterDate AND item.id > $afterId)][0..$pageSize] AS page
