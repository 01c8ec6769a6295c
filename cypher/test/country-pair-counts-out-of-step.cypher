// Every pair of countries whose kept counts (:CountryPair, migration 0022, recount-country-pairs.cypher)
// are not the numbers of its meeting and agreement records, or that keeps a node with neither: none
// when the loader and the migration keep them right.
CALL () {
  MATCH ()-[r:COUNTRY_PAIR]->()
  RETURN r.pair AS pair
  UNION
  MATCH ()-[r:PARTY_PAIR]->()
  RETURN r.pair AS pair
  UNION
  MATCH (counted:CountryPair)
  RETURN counted.pair AS pair
}
OPTIONAL MATCH (counted:CountryPair {pair: pair})
WITH pair, counted,
     COUNT { MATCH ()-[r:COUNTRY_PAIR]->() WHERE r.pair = pair } AS meetings,
     COUNT { MATCH ()-[r:PARTY_PAIR]->() WHERE r.pair = pair } AS agreements
WHERE counted IS NULL OR counted.meetingCount <> meetings OR counted.agreementCount <> agreements
   OR (meetings = 0 AND agreements = 0)
RETURN pair, counted.meetingCount AS keptMeetings, meetings, counted.agreementCount AS keptAgreements, agreements
ORDER BY pair
