// The first $first agreements two countries are both party to, oldest first (undated last), from the
// pair's records (migration 0019), sought on their index in order and stopped at the page: a page costs
// a page, however many agreements the two share. $pair is "<lower id> <higher id>".
MATCH (g:Agreement)-[r:PARTY_PAIR]->(g)
USING INDEX SEEK r:PARTY_PAIR(pair, oldestFirstKey)
WHERE r.pair = $pair AND r.oldestFirstKey IS NOT NULL
WITH g, r
ORDER BY r.pair, r.oldestFirstKey
LIMIT $first
RETURN g.id AS id
