// Takes the stored text off one article: an article the graph cannot read again.
MATCH (a:Article {id: $articleId})
SET a.body = null
