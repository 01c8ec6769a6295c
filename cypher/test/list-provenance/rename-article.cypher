// TEST FIXTURE for graphs with provenance lists (before migration 0016; see write-events.cypher here).
// Gives an article another id, in its node and in every provenance list that names it: how a graph
// loaded before migration 0010 named an article.
MATCH (a:Article {id: $from})
SET a.id = $to
WITH a
MATCH ()-[r]->()
WHERE $from IN coalesce(r.sources, [])
SET r.sources = [source IN r.sources | CASE source WHEN $from THEN $to ELSE source END]
