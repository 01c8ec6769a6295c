// How many events match the filter, over all pages: run only when a client asks for totalCount.
// The filters on what an item is tied to go from the item out to unlabelled nodes, so the planner has
// no index to choose for them: given `(:GraphNode {id: $mentions})` it at times scanned the whole id
// index for each article (15,732 db hits for a page of one, 190 otherwise). The ties' other ends need
// no label: only persons REPRESENT, only countries are represented, HELD_IN ends at places, ABOUT at topics.
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
  AND ($place IS NULL OR EXISTS { MATCH (e)-[:HELD_IN]->(place) WHERE place.id = $place })
  AND ($topic IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(topic) WHERE topic.id = $topic })
RETURN count(e) AS totalCount
