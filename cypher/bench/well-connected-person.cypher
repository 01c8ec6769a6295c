// The benchmark's who-met-whom party: the person who attended the most events (ties: smallest id).
MATCH (p:Person)
WITH p, COUNT { (p)-[:ATTENDED]->(:Event) } AS events
ORDER BY events DESC, p.id
LIMIT 1
RETURN p.id AS id, p.name AS name, events
