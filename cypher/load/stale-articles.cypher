// How many articles the graph holds, and the ids of those read under another contract, knowledge base or
// extractor than the current one ($contractVersion, $knowledgeBaseVersion, $extractorVersion): the
// articles `diplograph reextract` reads again. Ids only, so that a large graph's list stays small.
MATCH (a:Article)
WITH count(a) AS total,
     collect(CASE
       WHEN a.contractVersion IS NULL OR a.contractVersion <> $contractVersion
         OR a.knowledgeBaseVersion IS NULL OR a.knowledgeBaseVersion <> $knowledgeBaseVersion
         OR a.extractorVersion IS NULL OR a.extractorVersion <> $extractorVersion
       THEN a.id END) AS stale
RETURN total, stale
