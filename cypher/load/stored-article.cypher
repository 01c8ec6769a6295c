// The text of one stored article and what its source said about it, to read it again under newer rules.
// The language counts as stated only when it was given (confidence 1), not detected.
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(publisher:Publisher)
RETURN a.body AS text, a.title AS title, a.url AS url, publisher.name AS publisher, a.author AS author,
       a.publishedAtText AS publishedAt,
       CASE WHEN a.languageConfidence = 1.0 THEN a.language ELSE null END AS language,
       a.sourceName AS sourceName
LIMIT 1
