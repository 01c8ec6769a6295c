// How many counterparts a country's who-met list has (who-met-of-country.cypher): whom the country or
// any of its representatives met, its own representatives aside, each once. It reads every MET of the
// country and its representatives, so the API sends it only when totalCount is asked. 0 when the
// country does not exist or met nobody.
OPTIONAL MATCH (party:Country {id: $party})
OPTIONAL MATCH (party)<-[:REPRESENTS]-(rep:Person)
WITH party, collect(DISTINCT rep) AS reps
WITH [side IN [party] + reps WHERE side IS NOT NULL | side] AS sides
CALL (sides) {
  UNWIND sides AS side
  MATCH (side)-[:MET]-(other)
  WHERE NOT other IN sides
  RETURN count(DISTINCT other) AS totalCount
}
RETURN totalCount
