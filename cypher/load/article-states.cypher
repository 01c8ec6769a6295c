// What the graph holds of several articles (the batched loader): the content hash of each one stored
// already and the contract, knowledge-base and extractor versions it was read with; articles never loaded give no row.
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
RETURN a.id AS articleId, a.contentHash AS contentHash, a.contractVersion AS contractVersion,
       a.knowledgeBaseVersion AS knowledgeBaseVersion, a.extractorVersion AS extractorVersion
