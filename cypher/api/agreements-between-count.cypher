// How many agreements two countries are both party to: the count the loader keeps on the pair's node
// (recount-country-pairs.cypher, migration 0022), one node read whatever the pair's history; sent only
// when agreementCount is asked. $pair is "<lower id> <higher id>".
OPTIONAL MATCH (counted:CountryPair {pair: $pair})
RETURN coalesce(counted.agreementCount, 0) AS agreementCount
