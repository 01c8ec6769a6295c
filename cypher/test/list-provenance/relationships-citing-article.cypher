// TEST FIXTURE for graphs with provenance lists (before migration 0016; see write-events.cypher here).
// How many relationships name an article among their sources.
MATCH ()-[r]->()
WHERE $id IN coalesce(r.sources, [])
RETURN count(r) AS count
