// Who met whom: the counterparts of a person or country (a country through its representatives too)
// in the events they attended, each with those events, the most recent counterpart first. The
// counterparts and events come back as nodes-by-id.cypher shapes them, so a GraphQL selection of their
// fields needs no second read; each event once, however many counterparts it has (a busy person's
// events would otherwise be sent once per participant). No counterparts when the party does not exist
// or met nobody.
MATCH (party:GraphNode {id: $party})
CALL (party) {
  MATCH (party)-[:ATTENDED]->(e:Event)
  RETURN e
  UNION
  MATCH (party)<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e:Event)
  WHERE party:Country
  RETURN e
}
MATCH (other)-[:ATTENDED]->(e)
WHERE other <> party AND NOT (party:Country AND (other)-[:REPRESENTS]->(party))
WITH other, e
ORDER BY e.date DESC, e.id
WITH other, collect(DISTINCT e) AS events, max(e.date) AS latest
ORDER BY latest DESC, other.id
WITH collect({
       counterpartId: other.id,
       eventIds: [e IN events | e.id],
       counterpart: other {.*, body: null, label: [l IN labels(other) WHERE l <> 'GraphNode'][0],
                           date: toString(other.date), publishedAt: toString(other.publishedAt), loadedAt: null},
       events: events
     }) AS rows
CALL (rows) {
  UNWIND rows AS row
  UNWIND row.events AS e
  RETURN collect(DISTINCT e) AS distinctEvents
}
RETURN [row IN rows | row {.counterpartId, .eventIds, .counterpart}] AS counterparts,
       [e IN distinctEvents | e {.*, body: null, label: [l IN labels(e) WHERE l <> 'GraphNode'][0],
                                 date: toString(e.date), publishedAt: toString(e.publishedAt), loadedAt: null}] AS events
