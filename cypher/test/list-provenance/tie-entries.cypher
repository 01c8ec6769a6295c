// TEST FIXTURE for graphs with provenance lists (before migration 0016; see write-events.cypher here).
// Every entry of every tie's lists, an article's first entry only (what migration 0016 keeps), as
// support-records.cypher reads records after the migration.
MATCH (from)-[r]->(to)
WHERE r.sources IS NOT NULL
UNWIND range(0, size(r.sources) - 1) AS i
WITH from, r, to, i
WHERE NOT r.sources[i] IN r.sources[..i]
RETURN type(r) AS type, from.id AS fromId, to.id AS toId, r.title AS title, r.sources[i] AS articleId,
       r.sentences[i] AS sentence, r.starts[i] AS start, r.ends[i] AS end
ORDER BY type, fromId, toId, title, articleId
