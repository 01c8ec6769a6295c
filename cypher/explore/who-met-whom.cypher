// Who met whom, when and where: every pair of persons at one event, newest first.
MATCH (a:Person)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(b:Person)
WHERE a.name < b.name
OPTIONAL MATCH (e)-[:HELD_IN]->(place:Place)
RETURN a.name AS person, b.name AS counterpart, e.kind AS kind, toString(e.date) AS date, place.name AS place
ORDER BY date DESC
LIMIT 100
