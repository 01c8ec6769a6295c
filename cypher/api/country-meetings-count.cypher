// How many meetings two countries had (meetingsBetween's totalCount, countryRelations' meetingCount):
// their pair's country-pair records (migration 0021), counted on the index (one entry each, no event
// read); sent only when the count is asked. $pair is "<lower id> <higher id>".
MATCH ()-[r:COUNTRY_PAIR]->()
USING INDEX SEEK r:COUNTRY_PAIR(pair, oldestFirstKey)
WHERE r.pair = $pair AND r.oldestFirstKey IS NOT NULL
RETURN count(r) AS totalCount
