// Takes back everything one article stated, keeping what other articles or the reference data still
// support. Run in the same transaction before a changed article is written again, or before removal.
// 1. The article's support records go (one per tie it stated, src/graph/load/README.md "Provenance");
//    a tie left with no record and no reference backing goes too. Each tie is found from its record:
//    its start node is the record's end, its other end `to`, its key `fact`; whether any record is left
//    is an index seek on the key (migration 0016), not a walk over the start node's records.
MATCH (:Article {id: $articleId})-[s:SUPPORTS]->(from)
WITH s, from, s.fact AS fact, s.to AS toId
DELETE s
WITH DISTINCT from, fact, toId
WHERE NOT EXISTS { MATCH ()-[other:SUPPORTS]->() WHERE other.fact = fact AND other.newestFirstKey IS NOT NULL }
MATCH (from)-[r]->(:GraphNode {id: toId})
WHERE r.fact = fact AND coalesce(r.reference, false) = false
// A person who no longer represents a country: their events' country pairs change
// (lock-country-meeting-events.cypher reads the mark and removes it).
FOREACH (_ IN CASE WHEN type(r) = 'REPRESENTS' THEN [1] ELSE [] END | SET from:CountriesChanged)
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
