// A country's whole who-met list, read as the API read it before its pages were bounded: every MET of
// the country and of each of its representatives, its own representatives aside, each counterpart at
// its least (latest) sort key, in the list's order. What who-met-of-country.cypher's pages must add up to.
MATCH (party:Country {id: $party})
OPTIONAL MATCH (party)<-[:REPRESENTS]-(rep:Person)
WITH party, collect(DISTINCT rep) AS reps
UNWIND [party] + reps AS side
MATCH (side)-[met:MET]-(other)
WHERE other <> party AND NOT other IN reps
WITH other, min(met.sortKey) AS sortKey
RETURN other.id AS id, sortKey
ORDER BY sortKey, id
