// How many relationships name an article among their sources.
MATCH ()-[r]->()
WHERE $id IN coalesce(r.sources, [])
RETURN count(r) AS count
