// How many meetings and agreements each pair of countries has, kept on one node per pair,
// (:CountryPair {pair, meetingCount, agreementCount}) with `pair` = "<lower id> <higher id>":
// countryRelations' meetingCount and agreementCount, and meetingsBetween's totalCount of two countries,
// read it instead of counting the pair's records (Kazakhstan and Ukraine at 100,000 articles: 1,043 and
// about 700 index entries). The loader counts the pairs a write changes again
// (recount-country-pairs.cypher); this counts every pair of a graph loaded before, from its records
// (migrations 0019, 0021). Run again, it sets the same counts.
CREATE CONSTRAINT country_pair_key IF NOT EXISTS FOR (counted:CountryPair) REQUIRE counted.pair IS UNIQUE;
CALL () {
  MATCH ()-[r:COUNTRY_PAIR]->()
  RETURN r.pair AS pair, count(r) AS meetings, 0 AS agreements
  UNION ALL
  MATCH ()-[r:PARTY_PAIR]->()
  RETURN r.pair AS pair, 0 AS meetings, count(r) AS agreements
}
WITH pair, sum(meetings) AS meetings, sum(agreements) AS agreements
CALL (pair, meetings, agreements) {
  MERGE (counted:CountryPair {pair: pair})
  SET counted.meetingCount = meetings, counted.agreementCount = agreements
} IN TRANSACTIONS OF 5000 ROWS;
