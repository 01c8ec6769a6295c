// One page of the events both parties attended (meetingsBetween, countryRelations' meetings), oldest
// first (undated last; one day's by id), after $afterKey (the oldestFirstKey of the previous page's last
// event, '' for the first), $pageSize at most: the pair's own events, the page cut from their
// oldestFirstKey (migrations 0013, 0017) before any event is read, so that only the page leaves Neo4j and
// no total is counted (meetings-between-count.cypher, when asked for).
// Not walked on the events' index as an entity's events are (walk-or-expand.ts): a pair's meetings bunch
// in time (a frequent pair in the newest year), and an oldest-first walk then reads every earlier event.
// The pair's events, as cypher/test/meetings-between-unbounded.cypher read them whole: the meeting
// records (migration 0017) of every pair of a's side (a and, for a country, its representatives) and
// b's, each pair's sought on its index by the pair's key, oldest first after the cursor, and stopped at
// the page's bound (below): a page reads a seek per pair of the sides and about a record per pair that
// met (a page of each before: 1,039 records for Kazakhstan and Ukraine at 100,000 articles), not the
// pairs' history, nor every MET of a side (expanding the MET of a country's side to find those to the other
// read 5,186 of the 9,183 db hits of a page of Kazakhstan and Ukraine at 100,000 articles; the seeks of
// the 702 pairs of their sides, most of which never met, cost about one each); and, for anyone on both
// sides (a country's representative asked about with that country), the events they attended.
MATCH (a:GraphNode {id: $a})
MATCH (b:GraphNode {id: $b})
WITH [a] + CASE WHEN a:Country THEN COLLECT { MATCH (a)<-[:REPRESENTS]-(p:Person) RETURN DISTINCT p } ELSE [] END AS sideA,
     [b] + CASE WHEN b:Country THEN COLLECT { MATCH (b)<-[:REPRESENTS]-(p:Person) RETURN DISTINCT p } ELSE [] END AS sideB
WITH [x IN sideA WHERE x IN sideB] AS bothSides, [x IN sideA | x.id] AS idsA, [y IN sideB | y.id] AS idsB
CALL (bothSides, idsA, idsB) {
  UNWIND idsA AS x
  UNWIND idsB AS y
  WITH x, y
  WHERE x <> y
  WITH DISTINCT CASE WHEN x < y THEN x + ' ' + y ELSE y + ' ' + x END AS pairKey
  // First each pair's first meeting after the cursor (a seek and one record: no row for a pair that
  // never met). The $pageSize-th of their distinct keys bounds the page: that many meetings come no
  // later, so no later record of any pair can be on it ('~' sorts after every key: no bound while
  // fewer pairs have met). Then only pairs whose first meeting is within the bound are read, up to it:
  // a page reads about one record per pair that met, not a page of each.
  CALL (pairKey) {
    MATCH ()-[m:MEETING]->()
    USING INDEX SEEK m:MEETING(pair, oldestFirstKey)
    WHERE m.pair = pairKey AND m.oldestFirstKey > $afterKey
    RETURN m.oldestFirstKey AS firstKey
    ORDER BY m.pair, m.oldestFirstKey
    LIMIT 1
  }
  WITH collect({pairKey: pairKey, firstKey: firstKey}) AS pairs
  CALL (pairs) {
    UNWIND pairs AS pair
    WITH DISTINCT pair.firstKey AS firstKey
    ORDER BY firstKey
    LIMIT $pageSize
    RETURN collect(firstKey) AS firstKeys
  }
  WITH pairs, CASE WHEN size(firstKeys) = $pageSize THEN firstKeys[-1] ELSE '~' END AS bound
  UNWIND pairs AS pair
  WITH pair.pairKey AS pairKey, bound
  WHERE pair.firstKey <= bound
  CALL (pairKey, bound) {
    MATCH ()-[m:MEETING]->()
    USING INDEX SEEK m:MEETING(pair, oldestFirstKey)
    WHERE m.pair = pairKey AND m.oldestFirstKey > $afterKey AND m.oldestFirstKey <= bound
    RETURN m.oldestFirstKey AS eventKey
    ORDER BY m.pair, m.oldestFirstKey
    LIMIT $pageSize
  }
  RETURN eventKey
  UNION
  UNWIND bothSides AS x
  MATCH (x)-[:ATTENDED]->(e:Event)
  WHERE e.oldestFirstKey > $afterKey
  RETURN e.oldestFirstKey AS eventKey
}
// The same meeting is a record of each pair that attended it (the countries, their presidents, ...):
// the page is cut from the keys first. An event's oldestFirstKey is its date ('9999-99-99' when undated),
// a space and its id (write-events.cypher), read from the index with the record: no record's properties
// and no event are read for the page.
WITH DISTINCT eventKey
ORDER BY eventKey ASC
LIMIT $pageSize
RETURN substring(eventKey, 11) AS id, CASE WHEN eventKey STARTS WITH '9999-99-99' THEN null ELSE left(eventKey, 10) END AS date
ORDER BY eventKey ASC
