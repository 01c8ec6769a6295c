// Who met whom, one page, for a person or an organization (a country: who-met-of-country.cypher): the
// party's counterparts in the events they attended together, the most recently met first and those met
// only at undated events last, after a (sortKey, id) cursor (lists compare element by element), with
// the total count. All from the MET relationships the loader keeps (one per pair, with its meeting
// count and sort key): the page is read from two index seeks (below), and the count is the MET degree
// (a count Neo4j keeps, no read).
// Only the page's counterparts and their newest $meetings meetings are read out (the keys of the pair's
// newest meetings MET keeps, migration 0020; when more are asked than it keeps, the pair's meeting
// records, migration 0017, sought on their index newest first and stopped at $meetings: a pair that met
// a thousand times costs a page of reads, not a thousand), with how many meetings there are (MET's
// count, no read), and
// with only the properties the request reads ($counterpartProperties, $eventProperties: values in that
// order, dates as Neo4j dates, made text by partial-row.ts; a meeting's event read only when its record's
// key cannot answer them), counterparts with their kind label
// (meetings are events). No row when the party does not exist or met nobody.
MATCH (party:GraphNode {id: $party})
// The page's counterparts: MET, from the lower id to the higher, holds both ends' ids (migration 0018);
// the party's MET are sought on the end it is at, each index read in (sort key, other end) order and
// stopped at the page, so a page reads a page of MET per end, not every counterpart the party has.
// A cursor's own sort key is sought again and its ties before the cursor skipped by the WHERE.
CALL (party) {
  MATCH ()-[met:MET]->(other)
  USING INDEX SEEK met:MET(fromId, sortKey, toId)
  WHERE met.fromId = party.id AND met.sortKey >= coalesce($afterKey, -100000000) AND met.toId IS NOT NULL
    AND ($afterId IS NULL OR [met.sortKey, met.toId] > [$afterKey, $afterId])
  WITH other, met
  ORDER BY met.fromId, met.sortKey, met.toId
  LIMIT $pageSize
  RETURN other, met.meetingCount AS meetingCount, met.sortKey AS sortKey, met.newestMeetingKeys AS keptKeys
  UNION
  MATCH (other)-[met:MET]->()
  USING INDEX SEEK met:MET(toId, sortKey, fromId)
  WHERE met.toId = party.id AND met.sortKey >= coalesce($afterKey, -100000000) AND met.fromId IS NOT NULL
    AND ($afterId IS NULL OR [met.sortKey, met.fromId] > [$afterKey, $afterId])
  WITH other, met
  ORDER BY met.toId, met.sortKey, met.fromId
  LIMIT $pageSize
  RETURN other, met.meetingCount AS meetingCount, met.sortKey AS sortKey, met.newestMeetingKeys AS keptKeys
}
WITH party, other, meetingCount, sortKey, keptKeys
ORDER BY sortKey, other.id
LIMIT $pageSize
WITH party, other, meetingCount, sortKey, keptKeys,
     CASE WHEN party.id < other.id THEN party.id + ' ' + other.id ELSE other.id + ' ' + party.id END AS pairKey
CALL (pairKey, meetingCount, keptKeys) {
  CALL (pairKey, meetingCount, keptKeys) {
    // The newest keys MET keeps (refresh-meetings.cypher, migration 0020) answer the page when they hold
    // it: no index read.
    WITH keptKeys WHERE size(keptKeys) >= $meetings OR size(keptKeys) = meetingCount
    UNWIND keptKeys[0..$meetings] AS meetingKey
    RETURN meetingKey
    UNION ALL
    // Else (more asked than kept) the pair's meeting records, sought on their index newest first.
    // (The seek in a subquery of its own: in the same query part the planner sought first, filtered after.)
    WITH pairKey WHERE NOT coalesce(size(keptKeys) >= $meetings OR size(keptKeys) = meetingCount, false)
    CALL (pairKey) {
      MATCH ()-[m:MEETING]->()
      USING INDEX SEEK m:MEETING(pair, newestFirstKey)
      WHERE m.pair = pairKey AND m.newestFirstKey IS NOT NULL
      RETURN m.newestFirstKey AS meetingKey
      ORDER BY m.pair DESC, m.newestFirstKey DESC
      LIMIT $meetings
    }
    RETURN meetingKey
  }
  // The event's id from the key (its date, a space, its id: write-events.cypher), not from the record.
  WITH substring(meetingKey, 11) AS eventId, substring(meetingKey, 0, 10) AS day, meetingKey
  ORDER BY meetingKey DESC
  // The key answers the id and a full date; the event itself is read only when the request shows more
  // ($readEvents) or the key has no date (an undated or year-less event, whose date text says which).
  // (The seek in a subquery of its own: beside the WHERE the planner sought every event, then filtered:
  // 556 -> 362 db hits for the bench's person at 100,000 articles.)
  OPTIONAL CALL (eventId, day) {
    WITH eventId WHERE $readEvents OR day = '0000-00-00'
    CALL (eventId) {
      MATCH (e:GraphNode {id: eventId})
      RETURN e
    }
    RETURN e
  }
  // The date as the key's text, 'YYYY-MM-DD', which is how the reader prints a Date: date(day) cost a db
  // hit per meeting shown (380 -> 278 db hits for the bench's person at 100,000 articles).
  RETURN collect([key IN $eventProperties |
    CASE WHEN e IS NOT NULL THEN e[key] WHEN key = 'id' THEN eventId WHEN key = 'date' THEN day END]) AS meetings
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
