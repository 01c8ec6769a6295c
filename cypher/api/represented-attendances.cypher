// Events each country's representatives attended, as the sum of their ATTENDED degrees (counts Neo4j
// keeps, no read of the events): the number that decides for walking all events (walk-or-expand.ts).
// An event two of them attended counts twice, so the sum can exceed the distinct events: it may choose
// the walk a little early, which reads somewhat more events than estimated but never a wrong page,
// while a distinct count read up to the walk's threshold, as before, grew with the square root of all
// events (3,172 db hits for Kazakhstan at 100,000 articles).
UNWIND $ids AS id
MATCH (n:Country {id: id})
CALL (n) {
  OPTIONAL MATCH (n)<-[:REPRESENTS]-(rep:Person)
  WITH DISTINCT rep
  RETURN sum(COUNT { (rep)-[:ATTENDED]->() }) AS attendances
}
RETURN id, attendances
