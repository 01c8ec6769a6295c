// Events carry a status (held, planned, cancelled, denied) and a mode (in_person, call, gathering), and
// MET now means "met in person at a held event": a call, a summit both attended, or a meeting that was
// only announced is no longer a meeting. Events loaded before were all taken as held; this gives them
// that status and the mode of their kind, removes MET from pairs that never met in person, and sets every
// other MET again the way refresh-meetings.cypher keeps it. Run again, it sets the same values.
MATCH (e:Event)
SET e.status = coalesce(e.status, 'held'),
    e.mode = coalesce(e.mode, CASE e.kind WHEN 'phone_call' THEN 'call' WHEN 'summit' THEN 'gathering' ELSE 'in_person' END);
MATCH (:Event)-[reported:REPORTED_IN]->(:Article)
SET reported.status = coalesce(reported.status, 'held');
MATCH (a)-[met:MET]->(b)
WHERE NOT EXISTS {
  MATCH (a)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(b)
  WHERE e.status = 'held' AND e.mode = 'in_person'
}
DELETE met;
MATCH (a)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(b)
WHERE a.id < b.id AND e.status = 'held' AND e.mode = 'in_person'
WITH a, b, e ORDER BY e.date IS NULL, e.date DESC, e.id
WITH a, b, collect(e.id) AS eventIds, max(e.date) AS latest
MERGE (a)-[met:MET]->(b)
SET met.eventIds = eventIds,
    met.sortKey = CASE WHEN latest IS NULL THEN 100000000
                       ELSE -(latest.year * 10000 + latest.month * 100 + latest.day) END;
