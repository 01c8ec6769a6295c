// How many events match the filter, over all pages: run only when a client asks for totalCount.
// Ties are checked from the item out to unlabelled nodes: cypher/README.md, "List walks".
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
