// Keeps each event's country-pair records exact for the events a write may have changed ($eventIds,
// from lock-country-meeting-events.cypher, which has locked them in this transaction). A record,
//   (e:Event)-[:COUNTRY_PAIR {pair: "<lower country id> <higher>", oldestFirstKey}]->(e),
// says e is one of the meetings between the two countries that meetingsBetween and countryRelations
// show: a meeting record of e (refresh-meetings.cypher) between someone on one country's side and
// someone on the other's (a side: the country and the persons representing it), or e attended by a
// person representing both (as cypher/test/meetings-between-unbounded.cypher reads them). A pair of
// countries then pages its meetings on one index seek (migration 0021) instead of seeking the records
// of every pair of the two sides' persons (702 seeks and 1,247 db hits for a page of Kazakhstan and
// Ukraine at 100,000 articles), however many representatives either has.
// For each event the records of pairs it no longer is a meeting of go, the others take the event's key
// again when it changed (a report may have given it a date), the missing ones are created; the pairs
// that gained or lost a record are answered.
UNWIND $eventIds AS eventId
MATCH (e:Event {id: eventId})
OPTIONAL CALL (e) {
  MATCH (x)-[m:MEETING]->(y)
  USING INDEX SEEK m:MEETING(event)
  WHERE m.event = e.id
  WITH [c IN [x] WHERE c:Country | c.id] + COLLECT { MATCH (x)-[:REPRESENTS]->(c:Country) RETURN c.id } AS sidesOfX,
       [c IN [y] WHERE c:Country | c.id] + COLLECT { MATCH (y)-[:REPRESENTS]->(c:Country) RETURN c.id } AS sidesOfY
  UNWIND sidesOfX AS one
  UNWIND sidesOfY AS other
  WITH one, other
  WHERE one <> other
  RETURN CASE WHEN one < other THEN one + ' ' + other ELSE other + ' ' + one END AS pair
  UNION
  MATCH (attendee)-[:ATTENDED]->(e)
  WITH COLLECT { MATCH (attendee)-[:REPRESENTS]->(c:Country) RETURN c.id AS id ORDER BY id } AS sides
  UNWIND range(0, size(sides) - 2) AS low
  UNWIND range(low + 1, size(sides) - 1) AS high
  RETURN sides[low] + ' ' + sides[high] AS pair
}
WITH e, collect(pair) AS pairs
WITH e, pairs, COLLECT { MATCH (e)-[r:COUNTRY_PAIR]->(e) RETURN r } AS recorded
WITH e, [r IN recorded WHERE NOT r.pair IN pairs] AS gone,
     [r IN recorded WHERE r.pair IN pairs AND r.oldestFirstKey <> e.oldestFirstKey] AS stale,
     [pair IN pairs WHERE NONE(r IN recorded WHERE r.pair = pair)] AS missing
WITH e, gone, [r IN gone | r.pair] AS gonePairs, stale, missing
FOREACH (r IN gone | DELETE r)
FOREACH (r IN stale | SET r.oldestFirstKey = e.oldestFirstKey)
FOREACH (pair IN missing | CREATE (e)-[:COUNTRY_PAIR {pair: pair, oldestFirstKey: e.oldestFirstKey}]->(e))
// The pairs whose count changed, for recount-country-pairs.cypher.
WITH gonePairs + missing AS changed
UNWIND changed AS pair
RETURN collect(DISTINCT pair) AS changedPairs
