// The article nodes and their publishers, for one article or several (the batched loader): $articles is
// a list of article rows. Article facts hang off them through MENTIONS and REPORTED_IN.
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
SET a:GraphNode,
    a.name = article.title,
    a.title = article.title,
    a.url = article.url,
    a.author = article.author,
    a.dateline = article.dateline,
    a.publishedAt = CASE WHEN article.publishedDate IS NULL THEN null ELSE date(article.publishedDate) END,
    a.publishedAtText = article.publishedAtText,
    // The orders the API lists articles and an entity's sources in; see migrations 0011 and 0014.
    a.newestFirstKey = coalesce(toString(date(article.publishedDate)), '0000-00-00') + ' ' + article.id,
    a.oldestFirstKey = coalesce(toString(date(article.publishedDate)), '9999-99-99') + ' ' + article.id,
    a.language = article.language,
    a.languageConfidence = article.languageConfidence,
    a.contentHash = article.contentHash,
    a.body = article.body,
    a.sourceName = article.sourceName,
    a.contractVersion = article.contractVersion,
    a.extractorVersion = article.extractorVersion,
    a.knowledgeBaseVersion = article.knowledgeBaseVersion,
    a.loadedAt = datetime(),
    a.claimedForLoad = null
WITH a, article
CALL (a, article) {
  WITH a WHERE article.publisherId IS NOT NULL
  MERGE (p:Publisher {id: article.publisherId})
  ON CREATE SET p.name = article.publisher, p.aliases = []
  MERGE (a)-[:PUBLISHED_BY]->(p)
}
RETURN count(a) AS articles
