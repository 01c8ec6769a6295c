// Takes the node of each article about to be loaded for this transaction, then says what the graph
// holds of it. MERGE creates the node of an article never loaded (under the uniqueness constraint, so a
// concurrent load of the same article waits for this transaction to end); setting and removing a
// property locks the node of one already stored. A second load running at the same time thus finds
// the article as the first one left it (unchanged) instead of writing its facts again. Rows with
// `claimed` true are new: write-article.cypher clears the mark, a rollback takes the node away.
UNWIND $articleIds AS articleId
MERGE (a:Article {id: articleId})
ON CREATE SET a.claimedForLoad = true
ON MATCH SET a.loadLock = true
REMOVE a.loadLock
RETURN a.id AS articleId, coalesce(a.claimedForLoad, false) AS claimed, a.contentHash AS contentHash,
       a.contractVersion AS contractVersion, a.knowledgeBaseVersion AS knowledgeBaseVersion, a.extractorVersion AS extractorVersion
