// Who met whom, one page, for a country (a person or an organization: who-met-of-party.cypher): whom
// the country or any of its representatives met, its own representatives aside, the most recently met
// first and those met only at undated events last, after a (sortKey, id) cursor (lists compare element
// by element), with the total count.
// From the MET relationships the loader keeps: the union of the country's and its representatives' MET,
// a counterpart's sort key the least (latest) of them and its meetings the events of all, newest first:
// the newest $meetings of them, from the newest $meetings of each pair's meeting records (sought on
// their index newest first, migration 0017, so the newest of the union are among them), and how many
// distinct events all the pairs' records hold (a count over the page's pairs' records: the same event is
// often the country's and its president's meeting, so MET's counts cannot simply be added).
// Read out as who-met-of-party.cypher reads them: only the requested properties, as values in that
// order (dates as Neo4j dates, made text by partial-row.ts), counterparts with their kind label. A count
// of 0 when the country does not exist or met nobody.
// reps: the country's representatives; id: an event's.
MATCH (party:Country {id: $party})
OPTIONAL MATCH (party)<-[:REPRESENTS]-(rep:Person)
WITH party, collect(DISTINCT rep) AS reps
UNWIND [party] + reps AS side
// Its own representatives aside by the list in hand: a REPRESENTS check per counterpart would walk a
// country's many relationships again for each of them.
MATCH (side)-[met:MET]-(other)
WHERE other <> party AND NOT other IN reps
WITH other, min(met.sortKey) AS sortKey,
     collect(CASE WHEN side.id < other.id THEN side.id + ' ' + other.id ELSE other.id + ' ' + side.id END) AS pairKeys
ORDER BY sortKey, other.id
WITH collect({other: other, sortKey: sortKey, pairKeys: pairKeys}) AS ranked
WITH size(ranked) AS totalCount,
     [row IN ranked WHERE $afterId IS NULL OR [row.sortKey, row.other.id] > [$afterKey, $afterId]][0..$pageSize] AS page
RETURN totalCount,
       [row IN page | {
          sortKey: row.sortKey,
          label: [l IN labels(row.other) WHERE l <> 'GraphNode'][0],
          values: [key IN $counterpartProperties | row.other[key]],
          meetingCount: COUNT {
            UNWIND row.pairKeys AS pairKey
            MATCH ()-[m:MEETING]->()
            USING INDEX SEEK m:MEETING(pair, newestFirstKey)
            WHERE m.pair = pairKey AND m.newestFirstKey IS NOT NULL
            RETURN DISTINCT m.event
          },
          meetings: COLLECT {
            UNWIND row.pairKeys AS pairKey
            CALL (pairKey) {
              MATCH ()-[m:MEETING]->()
              USING INDEX SEEK m:MEETING(pair, newestFirstKey)
              WHERE m.pair = pairKey AND m.newestFirstKey IS NOT NULL
              RETURN m.event AS eventId, m.newestFirstKey AS eventKey
              ORDER BY m.pair DESC, m.newestFirstKey DESC
              LIMIT $meetings
            }
            WITH DISTINCT eventId, eventKey
            ORDER BY eventKey DESC
            LIMIT $meetings
            MATCH (e:GraphNode {id: eventId})
            WITH e, eventKey
            ORDER BY eventKey DESC
            RETURN [key IN $eventProperties | e[key]]
          }
        }] AS counterparts
