// Counts again the meetings and agreements of the country pairs a write may have changed ($pairs: those
// whose country-pair records refresh-country-meetings.cypher changed, and those of the events and
// agreements a retraction deleted; and the pairs of the agreements the written articles, $articleIds,
// report), onto one node per pair, (:CountryPair {pair, meetingCount, agreementCount}), which
// countryRelations' meetingCount and agreementCount and meetingsBetween's totalCount read (one node, no
// record counted). Each pair's node is locked before its records are counted, in pair order: a
// concurrent write of the same pair waits, then counts what this one committed (a count adjusted by
// deltas could lose one). The count is an index seek over the pair's records, the same count a read did
// before (migrations 0019, 0021). A pair with neither loses its node.
CALL () {
  UNWIND $pairs AS pair
  RETURN pair
  UNION
  UNWIND $articleIds AS articleId
  MATCH (:Article {id: articleId})<-[:REPORTED_IN]-(g:Agreement)-[r:PARTY_PAIR]->(g)
  RETURN r.pair AS pair
}
WITH pair
ORDER BY pair
MERGE (counted:CountryPair {pair: pair})
SET counted.countLock = true
REMOVE counted.countLock
WITH counted, pair
CALL (pair) {
  MATCH ()-[r:COUNTRY_PAIR]->()
  USING INDEX SEEK r:COUNTRY_PAIR(pair, oldestFirstKey)
  WHERE r.pair = pair AND r.oldestFirstKey IS NOT NULL
  RETURN count(r) AS meetings
}
CALL (pair) {
  MATCH ()-[r:PARTY_PAIR]->()
  USING INDEX SEEK r:PARTY_PAIR(pair, oldestFirstKey)
  WHERE r.pair = pair AND r.oldestFirstKey IS NOT NULL
  RETURN count(r) AS agreements
}
SET counted.meetingCount = meetings, counted.agreementCount = agreements
WITH counted, meetings, agreements
WHERE meetings = 0 AND agreements = 0
DELETE counted
