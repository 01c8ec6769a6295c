// Articles get `oldestFirstKey` ("9999-99-99 <id>" when undated) beside their newestFirstKey (migration
// 0011); agreements get both keys from their date. Each with a range index, so that a page of
// `articles` or `agreements`, in either order, walks its index and reads about a page, as events do
// (migrations 0012-0013). An agreement's date is fixed when it is created (its id is derived from it),
// so its keys never change; an article's change with its publication date on reload. Run again, it sets
// the same values.
MATCH (a:Article)
SET a.oldestFirstKey = coalesce(toString(a.publishedAt), '9999-99-99') + ' ' + a.id;
CREATE INDEX article_oldest_first IF NOT EXISTS FOR (a:Article) ON (a.oldestFirstKey);
MATCH (g:Agreement)
SET g.newestFirstKey = coalesce(toString(g.date), '0000-00-00') + ' ' + g.id,
    g.oldestFirstKey = coalesce(toString(g.date), '9999-99-99') + ' ' + g.id;
CREATE INDEX agreement_newest_first IF NOT EXISTS FOR (g:Agreement) ON (g.newestFirstKey);
CREATE INDEX agreement_oldest_first IF NOT EXISTS FOR (g:Agreement) ON (g.oldestFirstKey);
