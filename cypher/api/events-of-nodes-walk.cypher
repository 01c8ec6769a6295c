// For each node many events are tied to (Kazakhstan): its first $first events, newest first (undated
// last), as events-of-nodes-few.cypher gives them, found by walking all events newest first on the index
// of newestFirstKey (migration 0012) and stopping at the $first tied to it: reads about
// $first x events / degree events, not each of the node's.
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
CALL (n, id) {
  MATCH (e:Event) WHERE e.newestFirstKey IS NOT NULL
  WITH e ORDER BY e.newestFirstKey DESC
  WHERE EXISTS { (n)-[:ATTENDED]->(e) }
     OR EXISTS { (e)-[:HELD_IN|ABOUT]->(n) }
     // From the event's few attendees to the country by id: anchored at the country, Neo4j expanded
     // all its representatives for every event walked.
     OR (n:Country AND EXISTS { (e)<-[:ATTENDED]-(:Person)-[:REPRESENTS]->(country:Country) WHERE country.id = id })
  WITH e LIMIT $first
  RETURN collect(e.id) AS eventIds
}
RETURN id, eventIds
