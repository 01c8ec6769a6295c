// Takes back everything one article stated, keeping what other articles or the reference data still
// support. Run in the same transaction before a changed article is written again, or before removal.
// 1. Relationships that list the article as a source lose that source (and its sentence); those left
//    with no source and no reference backing go. Every such relationship touches a node the article
//    mentions or reports, so the search starts there instead of scanning all relationships.
MATCH (a:Article {id: $articleId})
CALL (a) {
  MATCH (a)-[:MENTIONS]->(n)
  RETURN n
  UNION
  MATCH (n)-[:REPORTED_IN]->(a)
  RETURN n
}
MATCH (n)-[r]-()
WHERE $articleId IN coalesce(r.sources, [])
WITH DISTINCT r
// The write lock before the list is read: a concurrent load may be appending to it.
SET r.sources = r.sources
WITH r, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> $articleId] AS keep
SET r.sources = [i IN keep | r.sources[i]], r.sentences = [i IN keep | r.sentences[i]],
    r.starts = [i IN keep | r.starts[i]], r.ends = [i IN keep | r.ends[i]]
WITH r
WHERE size(r.sources) = 0 AND coalesce(r.reference, false) = false
DELETE r;
// 2. Events and agreements no other article reports go; an event others report takes the status they
//    give it (held outweighs cancelled, denied and planned, as in write-events.cypher).
MATCH (x)-[reported:REPORTED_IN]->(:Article {id: $articleId})
DELETE reported
WITH DISTINCT x
OPTIONAL MATCH (x)-[other:REPORTED_IN]->()
WITH x, collect(coalesce(other.status, 'held')) AS statuses, count(other) AS reports
FOREACH (_ IN CASE WHEN reports = 0 THEN [1] ELSE [] END | DETACH DELETE x)
FOREACH (_ IN CASE WHEN reports > 0 AND x:Event THEN [1] ELSE [] END |
  SET x.status = CASE WHEN 'held' IN statuses THEN 'held' WHEN 'cancelled' IN statuses THEN 'cancelled'
                      WHEN 'denied' IN statuses THEN 'denied' ELSE 'planned' END);
// 3. Entities no other article mentions, and that are not reference data, go.
MATCH (:Article {id: $articleId})-[m:MENTIONS]->(n)
DELETE m
WITH DISTINCT n
WHERE NOT ()-[:MENTIONS]->(n) AND coalesce(n.reference, false) = false
DETACH DELETE n;
