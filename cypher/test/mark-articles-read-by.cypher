// Stamps every article as read by another extractor ($extractorVersion): how a graph loaded before an
// upgrade of the rules or word lists looks to `reextract`.
MATCH (a:Article)
SET a.extractorVersion = $extractorVersion
RETURN count(a) AS articles
