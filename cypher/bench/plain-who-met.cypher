// Plain-driver twin of the benchmark's GraphQL
// whoMet(party: $party, first: $first) { totalCount edges { node { counterpart { id name } meetings { id date } } } }
// for a person: the first page of counterparts in the same order (latest meeting first, undated last),
// read from the MET relationships the loader keeps, each with its newest $meetings meetings (the API's
// default for meetings) from the pair's meeting records (migration 0017), and how many counterparts
// there are in all.
MATCH (party:GraphNode {id: $party})-[met:MET]-(other)
WITH party, other, met
ORDER BY met.sortKey, other.id
LIMIT $first
WITH party, other, CASE WHEN party.id < other.id THEN party.id + ' ' + other.id ELSE other.id + ' ' + party.id END AS pairKey
CALL (pairKey) {
  MATCH ()-[m:MEETING]->()
  USING INDEX SEEK m:MEETING(pair, newestFirstKey)
  WHERE m.pair = pairKey AND m.newestFirstKey IS NOT NULL
  WITH m
  ORDER BY m.pair DESC, m.newestFirstKey DESC
  LIMIT $meetings
  MATCH (e:GraphNode {id: m.event})
  RETURN collect({id: e.id, date: coalesce(toString(e.date), e.dateText)}) AS meetings
}
WITH party, collect({id: other.id, name: other.name, meetings: meetings}) AS counterparts
RETURN COUNT { (party)-[:MET]-() } AS totalCount, counterparts
