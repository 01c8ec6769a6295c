// Plain-driver twin of the benchmark's GraphQL
// whoMet(party: $party, first: $first) { totalCount edges { node { counterpart { id name } meetings { id date } } } }:
// the first page of counterparts in the same order (latest meeting first, undated last), each with its
// meetings, newest first, and how many counterparts there are in all.
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
ORDER BY latest IS NULL, latest DESC, other.id
WITH collect({other: other, events: events}) AS ranked
RETURN size(ranked) AS totalCount,
       [row IN ranked[0..$first] | {
          id: row.other.id,
          name: row.other.name,
          meetings: COLLECT {
            WITH row UNWIND row.events AS e
            WITH e ORDER BY e.date DESC, e.id
            RETURN {id: e.id, date: coalesce(toString(e.date), e.dateText)}
          }
        }] AS counterparts
