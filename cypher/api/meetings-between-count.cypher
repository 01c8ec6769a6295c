// How many events both parties attended, over all pages (meetingsBetween's totalCount, countryRelations'
// meetingCount), the events meetings-between-page.cypher pages through: the meeting records of every pair
// of a's side (a and, for a country, its representatives) and b's, each pair's sought by its key, and every
// event of anyone on both sides. Counts every one: run only when a client asks for the count. An event's
// oldestFirstKey holds its id (write-events.cypher), so the distinct keys, which the index gives with each
// record, are the distinct events: no record's properties and no event are read (3,205 -> 2,043 db hits
// for Kazakhstan and Ukraine's 1,042 meetings at 100,000 articles).
MATCH (a:GraphNode {id: $a})
MATCH (b:GraphNode {id: $b})
WITH [a] + CASE WHEN a:Country THEN COLLECT { MATCH (a)<-[:REPRESENTS]-(p:Person) RETURN DISTINCT p } ELSE [] END AS sideA,
     [b] + CASE WHEN b:Country THEN COLLECT { MATCH (b)<-[:REPRESENTS]-(p:Person) RETURN DISTINCT p } ELSE [] END AS sideB
WITH [x IN sideA WHERE x IN sideB] AS bothSides, [x IN sideA | x.id] AS idsA, [y IN sideB | y.id] AS idsB
CALL (bothSides, idsA, idsB) {
  UNWIND idsA AS x
  UNWIND idsB AS y
  WITH x, y
  WHERE x <> y
  WITH DISTINCT CASE WHEN x < y THEN x + ' ' + y ELSE y + ' ' + x END AS pairKey
  MATCH ()-[m:MEETING]->()
  USING INDEX SEEK m:MEETING(pair, oldestFirstKey)
  WHERE m.pair = pairKey AND m.oldestFirstKey IS NOT NULL
  RETURN m.oldestFirstKey AS eventKey
  UNION
  UNWIND bothSides AS x
  MATCH (x)-[:ATTENDED]->(e:Event)
  RETURN e.oldestFirstKey AS eventKey
}
RETURN count(eventKey) AS totalCount
