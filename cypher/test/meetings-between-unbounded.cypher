// Every event both parties attended (a country also through persons representing it), oldest first
// (undated last), as meetingsBetween and countryRelations read them before pages were read in Cypher
// (meetings-between-few, -walk): what a walk of every page must give, and what bench:reads compares a
// page with.
// Read from the meeting records (migration 0017), one per pair and held in-person event they attended: those
// between a's side (a and, for a country, its representatives) and b's; and, for anyone on both sides
// (a country's representative asked about with that country), the events they attended.
MATCH (a:GraphNode {id: $a})
MATCH (b:GraphNode {id: $b})
WITH [a] + CASE WHEN a:Country THEN COLLECT { MATCH (a)<-[:REPRESENTS]-(p:Person) RETURN DISTINCT p } ELSE [] END AS sideA,
     [b] + CASE WHEN b:Country THEN COLLECT { MATCH (b)<-[:REPRESENTS]-(p:Person) RETURN DISTINCT p } ELSE [] END AS sideB
CALL (sideA, sideB) {
  UNWIND sideA AS x
  MATCH (x)-[m:MEETING]-(y)
  WHERE y IN sideB
  RETURN m.event AS eventId
  UNION
  UNWIND sideA AS x
  WITH x
  WHERE x IN sideB
  MATCH (x)-[:ATTENDED]->(e:Event)
  RETURN e.id AS eventId
}
MATCH (e:Event {id: eventId})
RETURN e.id AS id, toString(e.date) AS date
ORDER BY e.date, id
