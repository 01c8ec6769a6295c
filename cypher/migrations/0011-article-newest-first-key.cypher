// Articles get `newestFirstKey`, "YYYY-MM-DD <id>" ("0000-00-00 <id>" when undated), with a range index:
// walked in descending order, the index gives articles newest first (undated last) without sorting them,
// so that the first page of a much-cited entity's sources reads a few articles, not every one naming it
// (cypher/api/mention-sources.cypher). Run again, it sets the same values.
MATCH (a:Article)
SET a.newestFirstKey = coalesce(toString(a.publishedAt), '0000-00-00') + ' ' + a.id;
CREATE INDEX article_newest_first IF NOT EXISTS FOR (a:Article) ON (a.newestFirstKey);
