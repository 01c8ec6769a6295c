// Who met whom, one page, for a country (a person or an organization: who-met-of-party.cypher): whom
// the country or any of its representatives met, its own representatives aside, the most recently met
// first and those met only at undated events last, after a (sortKey, id) cursor (lists compare element
// by element), with the total count.
// From the MET relationships the loader keeps: the union of the country's and its representatives' MET,
// a counterpart's sort key the least (latest) of them and its meetings the events of all, newest first.
// Read out as who-met-of-party.cypher reads them: only the requested properties, as values in that
// order, counterparts with their kind label. A count of 0 when the country does not exist or met nobody.
//
// Kept under the driver's 1,400-byte chunk with its parameters (compacted: comments and indentation
// dropped), so that a page is one socket write to Neo4j; single-write-reads.spec.ts checks it.
MATCH (party:Country {id: $party})
OPTIONAL MATCH (party)<-[:REPRESENTS]-(representative:Person)
WITH party, collect(DISTINCT representative) AS representatives
UNWIND [party] + representatives AS side
// Its own representatives aside by the list in hand: a REPRESENTS check per counterpart would walk a
// country's many relationships again for each of them.
MATCH (side)-[met:MET]-(other)
WHERE other <> party AND NOT other IN representatives
WITH other, min(met.sortKey) AS sortKey, collect(met) AS mets
ORDER BY sortKey, other.id
WITH collect({other: other, sortKey: sortKey, mets: mets}) AS ranked
WITH size(ranked) AS totalCount,
     [row IN ranked WHERE $afterId IS NULL OR [row.sortKey, row.other.id] > [$afterKey, $afterId]][0..$pageSize] AS page
RETURN totalCount,
       [row IN page | {
          sortKey: row.sortKey,
          label: [l IN labels(row.other) WHERE l <> 'GraphNode'][0],
          values: [key IN $counterpartProperties | CASE WHEN row.other[key] IS :: DATE THEN toString(row.other[key]) ELSE row.other[key] END],
          meetings: COLLECT {
            UNWIND row.mets AS met
            UNWIND met.eventIds AS eventId
            WITH DISTINCT eventId
            MATCH (e:GraphNode {id: eventId})
            WITH e ORDER BY e.date IS NULL, e.date DESC, e.id
            RETURN [key IN $eventProperties | CASE WHEN e[key] IS :: DATE THEN toString(e[key]) ELSE e[key] END]
          }
        }] AS counterparts
