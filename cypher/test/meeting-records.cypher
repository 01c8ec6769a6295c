// Every meeting record (migration 0017): its ends and properties, to compare a migrated graph with the
// loader's.
MATCH (a)-[m:MEETING]->(b)
RETURN a.id AS from, b.id AS to, m.pair AS pair, m.event AS event, m.newestFirstKey AS newestFirstKey, m.oldestFirstKey AS oldestFirstKey
ORDER BY from, to, event
