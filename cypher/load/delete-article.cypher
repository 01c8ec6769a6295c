// Deletes the article node itself (after retract-article), and its publisher if no other article has it.
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(publisher:Publisher)
DETACH DELETE a
WITH publisher
WHERE publisher IS NOT NULL AND NOT ()-[:PUBLISHED_BY]->(publisher)
DELETE publisher
RETURN count(*) AS deleted
