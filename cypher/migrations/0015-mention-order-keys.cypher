// Each MENTIONS carries the entity's id and the article's newestFirstKey ("YYYY-MM-DD <article id>",
// migration 0011), under one composite index: an entity's newest mentions are an index seek on its id,
// read in the key's order, so sources(first: 5) reads five mentions whether the entity is named by ten
// articles or by fifty thousand (cypher/api/mention-sources.cypher). Before, the newest sources of a much-
// named entity were found by walking all articles newest first until enough named it, which read more
// articles the rarer the entity was among the newest ones. The loader sets both on new mentions.
// Mentions are converted in batches (a large graph's do not fit one transaction); run again, it finds
// none left without a key and changes nothing.
CREATE INDEX mentions_entity_newest_first IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.entity, m.newestFirstKey);
MATCH (a:Article)-[m:MENTIONS]->(n)
WHERE m.entity IS NULL
CALL (a, m, n) {
  SET m.entity = n.id, m.newestFirstKey = a.newestFirstKey
} IN TRANSACTIONS OF 10000 ROWS;
