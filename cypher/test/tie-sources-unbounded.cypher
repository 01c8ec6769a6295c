// Every source of one tie, newest article first (undated last), read by expanding every SUPPORTS record
// of its start node: what api/tie-sources.cypher's page must agree with, at the cost of the whole list.
MATCH (a:Article)-[s:SUPPORTS]->(from)
WHERE s.fact = $fact
RETURN a.id AS articleId, s.sentence AS sentence, s.start AS start, s.end AS end
ORDER BY s.newestFirstKey DESC
