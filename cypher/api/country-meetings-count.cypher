// How many meetings two countries had (meetingsBetween's totalCount, countryRelations' meetingCount):
// the count the loader keeps on the pair's node (recount-country-pairs.cypher, migration 0022), one node
// read whatever the pair's history; sent only when the count is asked. $pair is "<lower id> <higher id>".
OPTIONAL MATCH (counted:CountryPair {pair: $pair})
RETURN coalesce(counted.meetingCount, 0) AS totalCount
