// The pairs whose MET a write may have changed (the co-attendees of every event the written articles,
// $articleIds, report, and $pairs: those at events an article reported before it was retracted), each
// once, the lower id first; and, before refresh-meetings.cypher reads what they attended, a lock on both
// parties of each pair, taken in id order (fewer deadlocks between concurrent loads). A set-and-remove
// takes the write lock and leaves nothing behind.
// Why: MET is computed from ATTENDED and event statuses, not appended. Without the lock, a loader could
// read a pair's shared events while another loader's uncommitted write adds one (a new meeting of the
// two), then overwrite that loader's MET once it commits: the new meeting would be missing from MET.
// Every writer that changes a pair's shared events refreshes the pair under this lock, so the last one
// to take it reads everything the others committed.
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
WITH collect([first, second]) AS pairs
CALL (pairs) {
  UNWIND pairs AS pair
  UNWIND pair AS id
  WITH DISTINCT id
  ORDER BY id
  MATCH (party:GraphNode {id: id})
  SET party.meetingsLock = true
  REMOVE party.meetingsLock
  RETURN count(party) AS locked
}
UNWIND pairs AS pair
RETURN pair
