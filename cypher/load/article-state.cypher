// What the graph holds of one article: its content hash, or no row when it was never loaded.
MATCH (a:Article {id: $articleId})
RETURN a.contentHash AS contentHash
