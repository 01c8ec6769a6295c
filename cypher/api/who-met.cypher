// Who met whom, one page: the counterparts of a person or country (a country through its representatives
// too) in the events they attended, the most recently met first and those met only at undated events last,
// after a (sortKey, id) cursor, with the total count. Only the page's counterparts and events are read
// out, with only the properties the request reads ($counterpartProperties, $eventProperties: values in
// that order, dates as text) and their kind label; each event once, however many counterparts share it.
// No counterparts when the party does not exist or met nobody.
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
WITH other, collect(DISTINCT e) AS events, max(e.date) AS latest
// The lists' ascending key, newest first: the latest date as YYYYMMDD negated; undated last.
WITH other, events, CASE WHEN latest IS NULL THEN 100000000
                         ELSE -(latest.year * 10000 + latest.month * 100 + latest.day) END AS sortKey
ORDER BY sortKey, other.id
WITH collect({other: other, events: events, sortKey: sortKey}) AS ranked
WITH size(ranked) AS totalCount,
     [row IN ranked WHERE $afterId IS NULL
        OR row.sortKey > $afterKey
        OR (row.sortKey = $afterKey AND row.other.id > $afterId)][0..$pageSize] AS page
CALL (page) {
  UNWIND page AS row
  UNWIND row.events AS e
  RETURN collect(DISTINCT e) AS distinctEvents
}
RETURN totalCount,
       [row IN page | {
          counterpartId: row.other.id,
          sortKey: row.sortKey,
          eventIds: COLLECT { WITH row UNWIND row.events AS e WITH e ORDER BY e.date DESC, e.id RETURN e.id },
          label: [l IN labels(row.other) WHERE l <> 'GraphNode'][0],
          values: [key IN $counterpartProperties | CASE WHEN row.other[key] IS :: DATE THEN toString(row.other[key]) ELSE row.other[key] END]
        }] AS counterparts,
       [e IN distinctEvents | {
          label: [l IN labels(e) WHERE l <> 'GraphNode'][0],
          values: [key IN $eventProperties | CASE WHEN e[key] IS :: DATE THEN toString(e[key]) ELSE e[key] END]
        }] AS events
