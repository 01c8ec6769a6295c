// Who met whom, one page, for a person or an organization (a country: who-met-of-country.cypher): the
// party's counterparts in the events they attended together, the most recently met first and those met
// only at undated events last, after a (sortKey, id) cursor (lists compare element by element), with
// the total count. All from the MET relationships the loader keeps (one per pair, with its meeting
// count and sort key): the page is a top-k over MET's sort keys, not a sort of all, and the count is
// the MET degree.
// Only the page's counterparts and their newest $meetings meetings are read out (the pair's meeting
// records, migration 0017, sought on their index newest first and stopped at $meetings: a pair that met
// a thousand times costs a page of reads, not a thousand), with how many meetings there are (MET's
// count, no read), and
// with only the properties the request reads ($counterpartProperties, $eventProperties: values in that
// order, dates as Neo4j dates, made text by partial-row.ts), counterparts with their kind label
// (meetings are events). No row when the party does not exist or met nobody.
MATCH (party:GraphNode {id: $party})
CALL (party) {
  MATCH (party)-[met:MET]-(other)
  WITH other, met, met.sortKey AS sortKey
  WHERE $afterId IS NULL OR [sortKey, other.id] > [$afterKey, $afterId]
  RETURN other, met.meetingCount AS meetingCount, sortKey
  ORDER BY sortKey, other.id
  LIMIT $pageSize
}
WITH party, other, meetingCount, sortKey,
     CASE WHEN party.id < other.id THEN party.id + ' ' + other.id ELSE other.id + ' ' + party.id END AS pairKey
CALL (pairKey) {
  MATCH ()-[m:MEETING]->()
  USING INDEX SEEK m:MEETING(pair, newestFirstKey)
  WHERE m.pair = pairKey AND m.newestFirstKey IS NOT NULL
  WITH m.event AS eventId
  ORDER BY m.pair DESC, m.newestFirstKey DESC
  LIMIT $meetings
  MATCH (e:GraphNode {id: eventId})
  RETURN collect([key IN $eventProperties | e[key]]) AS meetings
}
WITH party, other, meetingCount, sortKey, meetings
ORDER BY sortKey, other.id
WITH party, collect({other: other, sortKey: sortKey, meetingCount: meetingCount, meetings: meetings}) AS page
RETURN COUNT { (party)-[:MET]-() } AS totalCount,
       [row IN page | {
          sortKey: row.sortKey,
          label: [l IN labels(row.other) WHERE l <> 'GraphNode'][0],
          values: [key IN $counterpartProperties | row.other[key]],
          meetingCount: row.meetingCount,
          meetings: row.meetings
        }] AS counterparts
