// Every agreement's pair records (migration 0019), as "<agreement id> | <pair> | <oldestFirstKey>", sorted.
MATCH (g:Agreement)-[r:PARTY_PAIR]->(g)
WITH g.id + ' | ' + r.pair + ' | ' + coalesce(r.oldestFirstKey, '-') AS record
ORDER BY record
RETURN collect(record) AS records
