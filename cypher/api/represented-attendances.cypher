// Events each country's representatives attended, counted up to $enough: the number that decides for
// walking all events (walk-or-expand.ts), so that the count never reads more than such a walk would.
UNWIND $ids AS id
MATCH (n:Country {id: id})
CALL (n) {
  MATCH (n)<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e:Event)
  WITH DISTINCT e LIMIT $enough
  RETURN count(e) AS attendances
}
RETURN id, attendances
