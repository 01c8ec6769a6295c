// How many events both parties attended, over all pages (meetingsBetween's totalCount, countryRelations'
// meetingCount), the events meetings-between-page.cypher pages through: the meeting records of the pairs
// with a MET between a's side (a and, for a country, its representatives) and b's, and every event of
// anyone on both sides. Reads every one: run only when a client asks for the count.
MATCH (a:GraphNode {id: $a})
MATCH (b:GraphNode {id: $b})
WITH [a] + CASE WHEN a:Country THEN COLLECT { MATCH (a)<-[:REPRESENTS]-(p:Person) RETURN DISTINCT p } ELSE [] END AS sideA,
     [b] + CASE WHEN b:Country THEN COLLECT { MATCH (b)<-[:REPRESENTS]-(p:Person) RETURN DISTINCT p } ELSE [] END AS sideB
CALL (sideA, sideB) {
  UNWIND sideA AS x
  MATCH (x)-[:MET]-(y)
  WHERE y IN sideB
  WITH DISTINCT CASE WHEN x.id < y.id THEN x.id + ' ' + y.id ELSE y.id + ' ' + x.id END AS pairKey
  MATCH ()-[m:MEETING]->()
  WHERE m.pair = pairKey AND m.oldestFirstKey IS NOT NULL
  RETURN m.event AS eventId
  UNION
  UNWIND sideA AS x
  WITH x
  WHERE x IN sideB
  MATCH (x)-[:ATTENDED]->(e:Event)
  RETURN e.id AS eventId
}
MATCH (e:Event {id: eventId})
RETURN count(e) AS totalCount
