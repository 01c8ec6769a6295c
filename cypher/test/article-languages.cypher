// The languages of the given articles, one row per article, by id.
MATCH (a:Article) WHERE a.id IN $ids
RETURN a.id AS id, a.language AS language
ORDER BY id
