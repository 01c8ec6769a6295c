// The countries a country met most (bench:reads and the tests pick a pair that meets often): for each
// other country, how many distinct events are in the MET between the country's side (the country and
// its representatives) and that country or one of its representatives; most first.
MATCH (c:Country {id: $id})
WITH c, [c] + COLLECT { MATCH (c)<-[:REPRESENTS]-(p:Person) RETURN DISTINCT p } AS side
UNWIND side AS x
MATCH (x)-[met:MET]-(y)
WHERE NOT y IN side
OPTIONAL MATCH (y)-[:REPRESENTS]->(represented:Country)
WITH c, met, CASE WHEN y:Country THEN y ELSE represented END AS other
WHERE other IS NOT NULL AND other <> c
UNWIND met.eventIds AS eventId
RETURN other.id AS id, count(DISTINCT eventId) AS meetings
ORDER BY meetings DESC, id
