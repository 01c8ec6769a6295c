// Keeps MET, "these two met in person", derived from ATTENDED of held in-person events (not a call, not a
// summit they both attended, not a planned, cancelled or denied meeting), exact for the pairs a write may have
// changed: the co-attendees of every event the written articles ($articleIds) report, and $pairs (those
// of events an article reported before it was retracted). For each pair, MET is set from scratch: the
// events both attended, newest first and undated last (as the API lists events), and the pair's
// sort key (its latest date as YYYYMMDD negated; undated only: 100000000, so they sort last); or, when
// no shared event is left, MET goes. One MET per pair, from the lower id to the higher.
// Who met whom and the meetings between two parties read MET instead of aggregating attendances.
CALL () {
  UNWIND $articleIds AS articleId
  MATCH (:Article {id: articleId})<-[:REPORTED_IN]-(e:Event)<-[:ATTENDED]-(a)
  MATCH (e)<-[:ATTENDED]-(b)
  WHERE a.id < b.id
  RETURN a.id AS first, b.id AS second
  UNION
  UNWIND $pairs AS pair
  RETURN pair[0] AS first, pair[1] AS second
}
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
