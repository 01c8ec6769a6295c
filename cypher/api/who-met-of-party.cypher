// Who met whom, one page, for a person or an organization (a country: who-met-of-country.cypher): the
// party's counterparts in the events they attended together, the most recently met first and those met
// only at undated events last, after a (sortKey, id) cursor (lists compare element by element), with
// the total count. All from the MET relationships the loader keeps (one per pair, with the shared
// events newest first and the sort key): the page is a top-k over MET's sort keys, not a sort of all,
// and the count is the MET degree.
// Only the page's counterparts and their newest $meetings meetings are read out (MET keeps its events
// newest first, so a slice of the ids is the newest: a pair that met a hundred times costs a page of
// event reads, not a hundred), with how many meetings there are (the size of the list, no read), and
// with only the properties the request reads ($counterpartProperties, $eventProperties: values in that
// order, dates as Neo4j dates, made text by partial-row.ts), counterparts with their kind label
// (meetings are events). No row when the party does not exist or met nobody.
MATCH (party:GraphNode {id: $party})
CALL (party) {
  MATCH (party)-[met:MET]-(other)
  WITH other, met, met.sortKey AS sortKey
  WHERE $afterId IS NULL OR [sortKey, other.id] > [$afterKey, $afterId]
  RETURN other, met.eventIds AS eventIds, sortKey
  ORDER BY sortKey, other.id
  LIMIT $pageSize
}
WITH party, collect({other: other, sortKey: sortKey, eventIds: eventIds}) AS page
RETURN COUNT { (party)-[:MET]-() } AS totalCount,
       [row IN page | {
          sortKey: row.sortKey,
          label: [l IN labels(row.other) WHERE l <> 'GraphNode'][0],
          values: [key IN $counterpartProperties | row.other[key]],
          meetingCount: size(row.eventIds),
          meetings: [eventId IN row.eventIds[0..$meetings] | COLLECT {
            MATCH (e:GraphNode {id: eventId})
            RETURN [key IN $eventProperties | e[key]]
          }[0]]
        }] AS counterparts
