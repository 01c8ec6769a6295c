// MET: one relationship per pair of parties who attended an event together (from the lower id to the
// higher), with the events they shared, newest first, and the pair's sort key (latest date as YYYYMMDD
// negated; undated only: 100000000). The loader keeps it exact from now on (refresh-meetings.cypher);
// this builds it for a graph loaded before, the same way. Run again, it sets the same values.
MATCH (a)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(b)
WHERE a.id < b.id
WITH a, b, e ORDER BY e.date DESC, e.id
WITH a, b, collect(e.id) AS eventIds, max(e.date) AS latest
MERGE (a)-[met:MET]->(b)
SET met.eventIds = eventIds,
    met.sortKey = CASE WHEN latest IS NULL THEN 100000000
                       ELSE -(latest.year * 10000 + latest.month * 100 + latest.day) END;
