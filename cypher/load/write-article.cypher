// The article node and its publisher. Article facts hang off it through MENTIONS and REPORTED_IN.
MERGE (a:Article {id: $article.id})
SET a:GraphNode,
    a.name = $article.title,
    a.title = $article.title,
    a.url = $article.url,
    a.author = $article.author,
    a.dateline = $article.dateline,
    a.publishedAt = CASE WHEN $article.publishedDate IS NULL THEN null ELSE date($article.publishedDate) END,
    a.publishedAtText = $article.publishedAtText,
    a.language = $article.language,
    a.languageConfidence = $article.languageConfidence,
    a.contentHash = $article.contentHash,
    a.body = $article.body,
    a.sourceName = $article.sourceName,
    a.contractVersion = $article.contractVersion,
    a.knowledgeBaseVersion = $article.knowledgeBaseVersion,
    a.loadedAt = datetime()
WITH a
CALL (a) {
  WITH a WHERE $article.publisherId IS NOT NULL
  MERGE (p:Publisher {id: $article.publisherId})
  ON CREATE SET p.name = $article.publisher, p.aliases = []
  MERGE (a)-[:PUBLISHED_BY]->(p)
}
RETURN a.id AS articleId
