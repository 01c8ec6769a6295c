// Keeps MET, "these two met in person", derived from ATTENDED of held in-person events (not a call, not a
// summit they both attended, not a planned, cancelled or denied meeting), exact for the pairs a write may have
// changed ($pairs, from lock-meeting-pairs.cypher, which has locked both parties of each in this
// transaction). For each pair, MET is set from scratch: the
// events both attended, newest first and undated last (as the API lists events), and the pair's
// sort key (its latest date as YYYYMMDD negated; undated only: 100000000, so they sort last); or, when
// no shared event is left, MET goes. One MET per pair, from the lower id to the higher.
// Who met whom and the meetings between two parties read MET instead of aggregating attendances.
UNWIND $pairs AS pair
WITH pair[0] AS first, pair[1] AS second
MATCH (a:GraphNode {id: first})
MATCH (b:GraphNode {id: second})
CALL (a, b) {
  OPTIONAL MATCH (a)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(b)
  WHERE e.status = 'held' AND e.mode = 'in_person'
  WITH e ORDER BY e.date IS NULL, e.date DESC, e.id
  RETURN collect(e.id) AS eventIds, max(e.date) AS latest
}
OPTIONAL MATCH (a)-[stale:MET]->(b)
FOREACH (_ IN CASE WHEN size(eventIds) = 0 AND stale IS NOT NULL THEN [1] ELSE [] END | DELETE stale)
FOREACH (_ IN CASE WHEN size(eventIds) > 0 THEN [1] ELSE [] END |
  MERGE (a)-[met:MET]->(b)
  SET met.eventIds = eventIds,
      met.sortKey = CASE WHEN latest IS NULL THEN 100000000
                         ELSE -(latest.year * 10000 + latest.month * 100 + latest.day) END)
