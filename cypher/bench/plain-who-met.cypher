// Plain-driver twin of the benchmark's GraphQL
// whoMet(party: $party, first: $first) { totalCount edges { node { counterpart { id name } meetings { id date } } } }
// for a person: the first page of counterparts in the same order (latest meeting first, undated last),
// read from the MET relationships the loader keeps, each with its newest $meetings meetings (the API's
// default for meetings), and how many counterparts there are in all.
MATCH (party:GraphNode {id: $party})-[met:MET]-(other)
WITH other, met
ORDER BY met.sortKey, other.id
WITH collect({other: other, met: met}) AS ranked
RETURN size(ranked) AS totalCount,
       [row IN ranked[0..$first] | {
          id: row.other.id,
          name: row.other.name,
          meetings: [eventId IN row.met.eventIds[0..$meetings] | COLLECT {
            MATCH (e:GraphNode {id: eventId})
            RETURN {id: e.id, date: coalesce(toString(e.date), e.dateText)}
          }[0]]
        }] AS counterparts
