// Every person with the names the graph keeps for it and whether the knowledge base knows it.
MATCH (p:Person)
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.known AS known, COUNT { (:Article)-[:MENTIONS]->(p) } AS articles
ORDER BY id
