// What the graph holds of one article, for its removal: its content hash and the contract and
// knowledge-base versions it was read with, or no row when it was never loaded. The set-and-remove
// takes the article's write lock first (as claim-articles.cypher does for a load), so that a load or a
// removal of the same article running at the same time waits for this one to end, and then finds the
// article as it was left.
MATCH (a:Article {id: $articleId})
SET a.loadLock = true
REMOVE a.loadLock
RETURN a.contentHash AS contentHash, a.contractVersion AS contractVersion, a.knowledgeBaseVersion AS knowledgeBaseVersion,
       a.extractorVersion AS extractorVersion
