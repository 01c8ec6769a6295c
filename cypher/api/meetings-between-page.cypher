// One page of the events both parties attended (meetingsBetween, countryRelations' meetings), oldest
// first (undated last; one day's by id), after $afterKey (the oldestFirstKey of the previous page's last
// event, '' for the first), $pageSize at most: the pair's own events, read by id, and the page kept
// with ORDER BY ... LIMIT on oldestFirstKey (migration 0013), so that only the page leaves Neo4j and no
// total is counted (meetings-between-count.cypher, when asked for).
// Not walked on the key's index as an entity's events are (walk-or-expand.ts): a pair's meetings bunch
// in time (a frequent pair in the newest year), and an oldest-first walk then reads every earlier event:
// 4,150 db hits for a page of 7 of a pair's 150 meetings in 593 events, against 463 for all of them.
// The pair's events, as cypher/test/meetings-between-unbounded.cypher read them whole: from MET, one
// relationship per pair who attended events together, holding those events: the MET between a's side
// (a and, for a country, its representatives) and b's, expanded from the side with fewer MET (the same
// MET either way); and, for anyone on both sides (a country's representative asked about with that
// country), the events they attended.
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
  MATCH (x)-[met:MET]-(y)
  WHERE y IN far
  UNWIND met.eventIds AS id
  MATCH (e:Event {id: id})
  RETURN e
  UNION
  UNWIND bothSides AS x
  MATCH (x)-[:ATTENDED]->(e:Event)
  RETURN e
}
WITH e
WHERE e.oldestFirstKey > $afterKey
RETURN e.id AS id, toString(e.date) AS date
ORDER BY e.oldestFirstKey ASC
LIMIT $pageSize
