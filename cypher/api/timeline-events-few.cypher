// The events of one page of an entity's timeline, as timeline-events-walk.cypher gives them, for an
// entity few events are tied to: reads its own (attended, a country's also through its representatives;
// held at or about it) and keeps the page with ORDER BY ... LIMIT on their oldestFirstKey.
MATCH (n:GraphNode {id: $entity})
CALL (n) {
  MATCH (n)-[:ATTENDED]->(e:Event) RETURN e
  UNION
  MATCH (e:Event)-[:HELD_IN|ABOUT]->(n) RETURN e
  UNION
  MATCH (n)<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e:Event) WHERE n:Country RETURN e
}
WITH e
WHERE e.oldestFirstKey > $afterKey AND e.oldestFirstKey >= $fromKey AND e.oldestFirstKey < $toKey
  AND (($fromKey = '' AND $toKey = '~') OR e.date IS NOT NULL)
RETURN e.id AS id, toString(e.date) AS date
ORDER BY e.oldestFirstKey ASC
LIMIT $pageSize
