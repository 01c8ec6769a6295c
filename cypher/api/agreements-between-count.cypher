// How many agreements two countries are both party to: their pair's records (migration 0019), counted
// on the index (one entry each, no agreement read); sent only when agreementCount is asked. $pair is
// "<lower id> <higher id>".
MATCH ()-[r:PARTY_PAIR]->()
USING INDEX SEEK r:PARTY_PAIR(pair, oldestFirstKey)
WHERE r.pair = $pair AND r.oldestFirstKey IS NOT NULL
RETURN count(r) AS agreementCount
