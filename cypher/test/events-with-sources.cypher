// Each event with its participants and the articles reporting it, for checks on merging and removal; a
// participant's sources are the articles with a SUPPORTS record of its ATTENDED.
MATCH (e:Event)
OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
WITH e, collect(DISTINCT a.id) AS articles
OPTIONAL MATCH (p)-[attended:ATTENDED]->(e)
WITH e, articles, collect({id: p.id, sources: COLLECT { MATCH (source:Article)-[s:SUPPORTS]->(p) WHERE s.fact = attended.fact RETURN source.id }}) AS participants
OPTIONAL MATCH (e)-[:HELD_IN]->(place:Place)
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.status AS status, e.mode AS mode, toString(e.date) AS date,
       place.id AS placeId, articles, participants
ORDER BY id
