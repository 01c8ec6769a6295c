// Every event a participant attended (a country: also its representatives), with its date and both
// order keys: what a full walk of events(filter: {participant}) must give, page after page.
CALL () {
  MATCH (:GraphNode {id: $participant})-[:ATTENDED]->(e:Event)
  RETURN e
  UNION
  MATCH (:Country {id: $participant})<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e:Event)
  RETURN e
}
RETURN e.id AS id, toString(e.date) AS date, e.newestFirstKey AS newestFirstKey, e.oldestFirstKey AS oldestFirstKey
