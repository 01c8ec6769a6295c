// An entity's whole timeline, as the API read it before pages were read in Cypher (timeline-events-*,
// timeline-agreements): events it (or, for a country, its representatives) attended, events held at or
// about it, and agreements it is party to, within the dates; what a walk of every page must give, and
// what bench:reads compares a page with.
MATCH (n:GraphNode {id: $entity})
CALL (n) {
  MATCH (n)-[:ATTENDED]->(item:Event) RETURN item
  UNION
  MATCH (item:Event)-[:HELD_IN|ABOUT]->(n) RETURN item
  UNION
  MATCH (n)<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(item:Event) WHERE n:Country RETURN item
  UNION
  MATCH (n)-[:PARTY_TO]->(item:Agreement) RETURN item
}
WITH item
WHERE ($from IS NULL OR item.date >= date($from)) AND ($to IS NULL OR item.date <= date($to))
RETURN item.id AS id, toString(item.date) AS date, 'Event' IN labels(item) AS isEvent
ORDER BY item.date IS NULL, item.date, isEvent DESC, id
