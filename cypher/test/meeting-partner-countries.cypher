// The countries a country met most (bench:reads and the tests pick a pair that meets often): for each
// other country, how many distinct events the meeting records hold between the country's side (the country and
// its representatives) and that country or one of its representatives; most first.
MATCH (c:Country {id: $id})
WITH c, [c] + COLLECT { MATCH (c)<-[:REPRESENTS]-(p:Person) RETURN DISTINCT p } AS side
UNWIND side AS x
MATCH (x)-[:MET]-(y)
WHERE NOT y IN side
OPTIONAL MATCH (y)-[:REPRESENTS]->(represented:Country)
WITH c, x, y, CASE WHEN y:Country THEN y ELSE represented END AS other
WHERE other IS NOT NULL AND other <> c
MATCH (x)-[m:MEETING]-(y)
RETURN other.id AS id, count(DISTINCT m.event) AS meetings
ORDER BY meetings DESC, id
