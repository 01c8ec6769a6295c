// Who met whom, one page, for a country (a person or an organization: who-met-of-party.cypher): whom
// the country or any of its representatives met, its own representatives aside, the most recently met
// first and those met only at undated events last, after a (sortKey, id) cursor (lists compare element
// by element). The count is who-met-of-country-count.cypher's, read only when asked.
// The country and its representatives are its sides; a counterpart's sort key is the least (latest) of
// its MET with any side, its meetings the events of all those pairs, newest first.
// The page is read from each side's MET in sort key order (two index seeks per side, as
// who-met-of-party.cypher reads one party's), each stopped after $reach of them, $reach being how many
// counterparts earlier pages showed ($shown, which the cursor carries) plus this page's size. Why that is
// enough: a counterpart among the first $reach of the union has its least key on some side, and every
// MET before it on that side is with a counterpart that comes before it in the union too (its least key
// is at most that MET's), so fewer than $reach come before it there; a counterpart read with a key
// that is not its least comes after all of those and cannot take their place. The page after the cursor
// is then cut from the union of what was read: a page costs a page per side (and the pages before it),
// not every MET of 27 sides. Its own representatives are left out before the stop, by the list in hand.
// Read out as who-met-of-party.cypher reads them: only the requested properties, as values in that
// order (dates as Neo4j dates, made text by partial-row.ts), counterparts with their kind label; each
// counterpart's meetings the newest $meetings of the newest $meetings of each pair's meeting records
// (sought on their index newest first, migration 0017, so the newest of the union are among them), and
// how many distinct events all the pairs' records hold when $countMeetings (the same event is often
// the country's and its president's meeting, so MET's counts cannot simply be added; a count reads
// every such record, so only when asked). No row when the country does not exist.
MATCH (party:Country {id: $party})
OPTIONAL MATCH (party)<-[:REPRESENTS]-(rep:Person)
WITH party, collect(DISTINCT rep) AS reps
WITH [side IN [party] + reps | side.id] AS sideIds
CALL (sideIds) {
  UNWIND sideIds AS sideId
  CALL (sideId, sideIds) {
    MATCH ()-[met:MET]->()
    USING INDEX SEEK met:MET(fromId, sortKey, toId)
    WHERE met.fromId = sideId AND met.sortKey IS NOT NULL AND met.toId IS NOT NULL AND NOT met.toId IN sideIds
    WITH met
    ORDER BY met.fromId, met.sortKey, met.toId
    LIMIT $reach
    RETURN met.toId AS otherId, met.sortKey AS sortKey
    UNION ALL
    MATCH ()-[met:MET]->()
    USING INDEX SEEK met:MET(toId, sortKey, fromId)
    WHERE met.toId = sideId AND met.sortKey IS NOT NULL AND met.fromId IS NOT NULL AND NOT met.fromId IN sideIds
    WITH met
    ORDER BY met.toId, met.sortKey, met.fromId
    LIMIT $reach
    RETURN met.fromId AS otherId, met.sortKey AS sortKey
  }
  WITH otherId, min(sortKey) AS sortKey
  WHERE $afterId IS NULL OR [sortKey, otherId] > [$afterKey, $afterId]
  RETURN otherId, sortKey
  ORDER BY sortKey, otherId
  LIMIT $pageSize
}
MATCH (other:GraphNode {id: otherId})
WITH sideIds, other, sortKey,
     [sideId IN sideIds | CASE WHEN sideId < other.id THEN [sideId, other.id] ELSE [other.id, sideId] END] AS pairs
WITH other, sortKey, [pair IN pairs | pair[0] + ' ' + pair[1]] AS pairKeys
ORDER BY sortKey, other.id
RETURN sortKey,
       [l IN labels(other) WHERE l <> 'GraphNode'][0] AS label,
       [key IN $counterpartProperties | other[key]] AS values,
       CASE WHEN $countMeetings THEN COUNT {
         UNWIND pairKeys AS pairKey
         MATCH ()-[m:MEETING]->()
         USING INDEX SEEK m:MEETING(pair, newestFirstKey)
         WHERE m.pair = pairKey AND m.newestFirstKey IS NOT NULL
         // An event's key holds its id (write-events.cypher) and comes with the index entry: distinct
         // keys are distinct events, counted with no record's properties read.
         RETURN DISTINCT m.newestFirstKey
       } END AS meetingCount,
       COLLECT {
         // Each pair's newest meeting first; the $meetings-th newest of those bounds the counterpart's
         // newest $meetings, and only the pairs that met within it are read again, down to it (as
         // meetings-between-page.cypher bounds its page; '' sorts before every key: no bound).
         UNWIND pairKeys AS pairKey
         CALL (pairKey) {
           MATCH ()-[m:MEETING]->()
           USING INDEX SEEK m:MEETING(pair, newestFirstKey)
           WHERE m.pair = pairKey AND m.newestFirstKey IS NOT NULL
           RETURN m.newestFirstKey AS newestKey
           ORDER BY m.pair DESC, m.newestFirstKey DESC
           LIMIT 1
         }
         WITH collect({pairKey: pairKey, newestKey: newestKey}) AS pairs
         CALL (pairs) {
           UNWIND pairs AS pair
           WITH DISTINCT pair.newestKey AS newestKey
           ORDER BY newestKey DESC
           LIMIT $meetings
           RETURN collect(newestKey) AS newestKeys
         }
         WITH pairs, CASE WHEN $meetings > 0 AND size(newestKeys) = $meetings THEN newestKeys[-1] ELSE '' END AS bound
         UNWIND pairs AS pair
         WITH pair.pairKey AS pairKey, bound
         WHERE $meetings > 0 AND pair.newestKey >= bound
         CALL (pairKey, bound) {
           MATCH ()-[m:MEETING]->()
           USING INDEX SEEK m:MEETING(pair, newestFirstKey)
           WHERE m.pair = pairKey AND m.newestFirstKey >= bound
           RETURN m.newestFirstKey AS eventKey
           ORDER BY m.pair DESC, m.newestFirstKey DESC
           LIMIT $meetings
         }
         WITH DISTINCT eventKey
         ORDER BY eventKey DESC
         LIMIT $meetings
         // The key answers the id and a full date; the event is read only when the request shows more
         // ($readEvents) or the key has no date (an undated or year-less event).
         // (The seek in a subquery of its own, as in who-met-of-party.cypher: else sought first, filtered after.)
         OPTIONAL CALL (eventKey) {
           WITH eventKey WHERE $readEvents OR eventKey STARTS WITH '0000-00-00'
           CALL (eventKey) {
             MATCH (e:GraphNode {id: substring(eventKey, 11)})
             RETURN e
           }
           RETURN e
         }
         WITH e, eventKey
         ORDER BY eventKey DESC
         // The date as the key's text ('YYYY-MM-DD', how the reader prints a Date): date() costs a db hit.
         RETURN [key IN $eventProperties |
           CASE WHEN e IS NOT NULL THEN e[key]
                WHEN key = 'id' THEN substring(eventKey, 11)
                WHEN key = 'date' THEN substring(eventKey, 0, 10) END]
       } AS meetings
