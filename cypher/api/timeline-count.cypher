// How many entries an entity's timeline has within the dates, over all pages: its events (attended, a
// country's also through its representatives; held at or about it) and the agreements it is party to.
// Reads every one: run only when a client asks for totalCount.
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
RETURN count(item) AS totalCount
