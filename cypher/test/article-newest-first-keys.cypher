// Each article's id, publication date and newest-first key, by id.
MATCH (a:Article)
RETURN a.id AS id, toString(a.publishedAt) AS publishedAt, a.newestFirstKey AS key
ORDER BY id
