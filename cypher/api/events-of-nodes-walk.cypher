// For each node many events are tied to (Kazakhstan): its first $first events, newest first (undated
// last), as events-of-nodes-few.cypher gives them, found by walking all events newest first on the index
// of newestFirstKey (migration 0012) and stopping at the $first tied to it: reads about
// $first x events / degree events, not each of the node's.
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
// A country's representatives, read once, and each walked event's few attendees looked for among them:
// with the country's id to match instead, Neo4j anchored the check at the country and expanded all its
// representatives' attendances for every event walked (PROFILE, 5 events of Kazakhstan in 600
// generated articles: 2,871 db hits, 253 with the list), as in timeline-events-walk.cypher.
WITH n, id, CASE WHEN n:Country THEN COLLECT { MATCH (n)<-[:REPRESENTS]-(p:Person) RETURN DISTINCT p } ELSE [] END AS reps
CALL (n, reps) {
  // The walk, pinned: on some statistics the planner scanned every event and sorted them instead.
  MATCH (e:Event)
  USING INDEX e:Event(newestFirstKey)
  WHERE e.newestFirstKey IS NOT NULL
  WITH e ORDER BY e.newestFirstKey DESC
  WHERE EXISTS { (n)-[:ATTENDED]->(e) }
     OR EXISTS { (e)-[:HELD_IN|ABOUT]->(n) }
     OR EXISTS { MATCH (e)<-[:ATTENDED]-(p:Person) WHERE p IN reps }
  WITH e LIMIT $first
  RETURN collect(e.id) AS eventIds
}
RETURN id, eventIds
