// Every article with its order keys, date and the ids it mentions: the reference the article list
// pages are checked against, read without the API's Cypher.
MATCH (a:Article)
RETURN a.id AS id, toString(a.publishedAt) AS date, a.language AS language, a.newestFirstKey AS newestFirstKey,
       a.oldestFirstKey AS oldestFirstKey, [(a)-[:MENTIONS]->(n) | n.id] AS entities
