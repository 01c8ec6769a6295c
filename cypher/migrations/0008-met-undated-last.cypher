// MET lists a pair's shared events newest first with undated ones last, as the API lists events
// (0007 and the loader before it put undated ones first). This sets every pair's MET again, the way
// refresh-meetings.cypher now keeps it; run again, it sets the same values.
MATCH (a)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(b)
WHERE a.id < b.id
WITH a, b, e ORDER BY e.date IS NULL, e.date DESC, e.id
WITH a, b, collect(e.id) AS eventIds, max(e.date) AS latest
MERGE (a)-[met:MET]->(b)
SET met.eventIds = eventIds,
    met.sortKey = CASE WHEN latest IS NULL THEN 100000000
                       ELSE -(latest.year * 10000 + latest.month * 100 + latest.day) END;
