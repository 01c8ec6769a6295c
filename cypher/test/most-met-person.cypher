// The person with the most counterparts in MET (ties by id): whose who-met page would grow with them if
// it were not read from the index.
MATCH (p:Person)-[m:MET]-()
WITH p.id AS id, count(m) AS counterparts
RETURN id
ORDER BY counterparts DESC, id
LIMIT 1
