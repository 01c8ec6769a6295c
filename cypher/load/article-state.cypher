// What the graph holds of one article: its content hash and the contract and knowledge-base versions
// it was read with, or no row when it was never loaded.
MATCH (a:Article {id: $articleId})
RETURN a.contentHash AS contentHash, a.contractVersion AS contractVersion, a.knowledgeBaseVersion AS knowledgeBaseVersion,
       a.extractorVersion AS extractorVersion
