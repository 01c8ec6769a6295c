// What the graph holds of several articles (the batched loader): the content hash of each one stored
// already; articles never loaded give no row.
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
RETURN a.id AS articleId, a.contentHash AS contentHash
