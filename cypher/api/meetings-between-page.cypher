// One page of the events both parties attended (meetingsBetween, countryRelations' meetings), oldest
// first (undated last; one day's by id), after $afterKey (the oldestFirstKey of the previous page's last
// event, '' for the first), $pageSize at most: the pair's own events, read by id, and the page kept
// with ORDER BY ... LIMIT on oldestFirstKey (migration 0013), so that only the page leaves Neo4j and no
// total is counted (meetings-between-count.cypher, when asked for).
// Not walked on the events' index as an entity's events are (walk-or-expand.ts): a pair's meetings bunch
// in time (a frequent pair in the newest year), and an oldest-first walk then reads every earlier event.
// The pair's events, as cypher/test/meetings-between-unbounded.cypher read them whole: the meeting
// records (migration 0017) of each pair with a MET between a's side (a and, for a country, its
// representatives) and b's, found from the side with fewer MET (the same MET either way), each pair's
// sought on its index oldest first after the cursor and stopped at the page (so a page reads a page per
// pair, not the pairs' history); and, for anyone on both sides (a country's representative asked about
// with that country), the events they attended.
MATCH (a:GraphNode {id: $a})
MATCH (b:GraphNode {id: $b})
WITH [a] + CASE WHEN a:Country THEN COLLECT { MATCH (a)<-[:REPRESENTS]-(p:Person) RETURN DISTINCT p } ELSE [] END AS sideA,
     [b] + CASE WHEN b:Country THEN COLLECT { MATCH (b)<-[:REPRESENTS]-(p:Person) RETURN DISTINCT p } ELSE [] END AS sideB
CALL (sideA) { UNWIND sideA AS x RETURN sum(COUNT { (x)-[:MET]-() }) AS metOfA }
CALL (sideB) { UNWIND sideB AS x RETURN sum(COUNT { (x)-[:MET]-() }) AS metOfB }
WITH [x IN sideA WHERE x IN sideB] AS bothSides,
     CASE WHEN metOfA <= metOfB THEN sideA ELSE sideB END AS near,
     CASE WHEN metOfA <= metOfB THEN sideB ELSE sideA END AS far
CALL (bothSides, near, far) {
  UNWIND near AS x
  MATCH (x)-[:MET]-(y)
  WHERE y IN far
  WITH DISTINCT CASE WHEN x.id < y.id THEN x.id + ' ' + y.id ELSE y.id + ' ' + x.id END AS pairKey
  CALL (pairKey) {
    MATCH ()-[m:MEETING]->()
    USING INDEX SEEK m:MEETING(pair, oldestFirstKey)
    WHERE m.pair = pairKey AND m.oldestFirstKey > $afterKey
    RETURN m.event AS eventId
    ORDER BY m.pair, m.oldestFirstKey
    LIMIT $pageSize
  }
  MATCH (e:Event {id: eventId})
  RETURN e
  UNION
  UNWIND bothSides AS x
  MATCH (x)-[:ATTENDED]->(e:Event)
  WHERE e.oldestFirstKey > $afterKey
  RETURN e
}
WITH e
RETURN e.id AS id, toString(e.date) AS date
ORDER BY e.oldestFirstKey ASC
LIMIT $pageSize
