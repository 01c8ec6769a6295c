// Full-text search: entity names and their aliases in every language, and the text of articles.
// `aliases` is a list of strings; full-text indexes index each element.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Country|Person|Organization|Place|Topic|Agreement|Event|Publisher) ON EACH [n.name, n.aliases];
CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.body];
