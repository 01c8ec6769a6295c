// Who met whom: the counterparts of a person or country (a country through its representatives too)
// in the events they attended, each with those events, the most recent counterpart first. Counterparts
// and events come back with only the properties the request reads ($counterpartProperties,
// $eventProperties: values in that order, dates as text) and their kind label, so a busy person's
// answer is not hundreds of whole nodes; each event once, however many counterparts share it. No
// counterparts when the party does not exist or met nobody.
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
       label: [l IN labels(other) WHERE l <> 'GraphNode'][0],
       values: [key IN $counterpartProperties | CASE WHEN other[key] IS :: DATE THEN toString(other[key]) ELSE other[key] END],
       events: events
     }) AS rows
CALL (rows) {
  UNWIND rows AS row
  UNWIND row.events AS e
  RETURN collect(DISTINCT e) AS distinctEvents
}
RETURN [row IN rows | row {.counterpartId, .eventIds, .label, .values}] AS counterparts,
       [e IN distinctEvents | {
          label: [l IN labels(e) WHERE l <> 'GraphNode'][0],
          values: [key IN $eventProperties | CASE WHEN e[key] IS :: DATE THEN toString(e[key]) ELSE e[key] END]
        }] AS events
