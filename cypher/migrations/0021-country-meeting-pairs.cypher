// The meetings between two countries become seekable by the pair (issue 16): each event keeps one
// record per pair of countries it is a meeting between, a loop (e:Event)-[:COUNTRY_PAIR {pair,
// oldestFirstKey}]->(e) with `pair` = "<lower id> <higher id>" and the event's own oldest-first key
// (refresh-country-meetings.cypher says which pairs, and keeps them as articles come and go).
// meetingsBetween and countryRelations then read a page of two countries' meetings, and their count, on
// the index below, instead of seeking the meeting records of every pair of their sides' persons. This
// writes them for a graph loaded before; run again, it finds every record there and creates none.
CREATE INDEX country_pair_oldest_first IF NOT EXISTS FOR ()-[r:COUNTRY_PAIR]-() ON (r.pair, r.oldestFirstKey);
MATCH (e:Event)
CALL (e) {
  CALL (e) {
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
  MERGE (e)-[r:COUNTRY_PAIR {pair: pair}]->(e)
  SET r.oldestFirstKey = e.oldestFirstKey
} IN TRANSACTIONS OF 1000 ROWS;
