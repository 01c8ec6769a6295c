// Who met whom, one page, for a country (a person or an organization: who-met-of-party.cypher): whom
// the country or any of its representatives met, its own representatives aside, the most recently met
// first and those met only at undated events last, after a (sortKey, id) cursor (lists compare element
// by element), with the total count.
// From the MET relationships the loader keeps: the union of the country's and its representatives' MET,
// a counterpart's sort key the least (latest) of them and its meetings the events of all, newest first:
// the newest $meetings of them, from the newest $meetings of each MET (each keeps its events newest
// first, so the newest of the union are among them), and how many distinct events all hold (ids only).
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
WITH other, min(met.sortKey) AS sortKey, collect(met) AS mets
ORDER BY sortKey, other.id
WITH collect({other: other, sortKey: sortKey, mets: mets}) AS ranked
WITH size(ranked) AS totalCount,
     [row IN ranked WHERE $afterId IS NULL OR [row.sortKey, row.other.id] > [$afterKey, $afterId]][0..$pageSize] AS page
RETURN totalCount,
       [row IN page | {
          sortKey: row.sortKey,
          label: [l IN labels(row.other) WHERE l <> 'GraphNode'][0],
          values: [key IN $counterpartProperties | row.other[key]],
          meetingCount: COUNT { UNWIND row.mets AS met UNWIND met.eventIds AS id RETURN DISTINCT id },
          meetings: COLLECT {
            UNWIND row.mets AS met
            UNWIND met.eventIds[0..$meetings] AS id
            WITH DISTINCT id
            MATCH (e:GraphNode {id: id})
            WITH e ORDER BY e.date IS NULL, e.date DESC, e.id LIMIT $meetings
            RETURN [key IN $eventProperties | e[key]]
          }
        }] AS counterparts
