// For each node few events are tied to: its first $first events, newest first (undated last): those it
// took part in (a country also through persons representing it), that were held there (a place), or
// that were about it (a topic). Reads each one's events and keeps the newest.
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
CALL (n) {
  CALL (n) {
    MATCH (n)-[:ATTENDED]->(e:Event)
    RETURN e
    UNION
    MATCH (e:Event)-[:HELD_IN|ABOUT]->(n)
    RETURN e
    UNION
    MATCH (n)<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e:Event)
    WHERE n:Country
    RETURN e
  }
  WITH e ORDER BY e.newestFirstKey DESC LIMIT $first
  RETURN collect(e.id) AS eventIds
}
RETURN id, eventIds
