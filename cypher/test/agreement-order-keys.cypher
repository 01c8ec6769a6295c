// Every agreement with its order keys, date and parties: the reference the agreement list pages are
// checked against, read without the API's Cypher.
MATCH (g:Agreement)
RETURN g.id AS id, toString(g.date) AS date, g.newestFirstKey AS newestFirstKey, g.oldestFirstKey AS oldestFirstKey,
       [(p)-[:PARTY_TO]->(g) | p.id] AS entities
