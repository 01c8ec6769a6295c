// Article ids no longer come from the file's base name: two "index.html" from different folders were one
// article, and a renamed file was a new one. An article with no URL is now identified by its content
// (the first 16 hex digits of its content hash, as the extractor now names it). This renames stored
// articles and the provenance lists that name them. Only ids the extractor made (16 hex digits) change:
// ids an extraction result chose itself stay, as do an id another article already holds and a content
// two stored articles share. Run again, it finds nothing to rename.
MATCH (a:Article)
WHERE a.url IS NULL AND a.contentHash IS NOT NULL AND a.id =~ 'article:[0-9a-f]{16}' AND a.id <> 'article:' + left(a.contentHash, 16)
  AND NOT EXISTS { MATCH (other:Article) WHERE other.id = 'article:' + left(a.contentHash, 16) OR (other <> a AND other.contentHash = a.contentHash) }
WITH collect([a.id, 'article:' + left(a.contentHash, 16)]) AS renames
WHERE size(renames) > 0
MATCH ()-[r]->()
WHERE any(source IN coalesce(r.sources, []) WHERE any(rename IN renames WHERE rename[0] = source))
SET r.sources = [source IN r.sources | coalesce(head([rename IN renames WHERE rename[0] = source | rename[1]]), source)];
MATCH (a:Article)
WHERE a.url IS NULL AND a.contentHash IS NOT NULL AND a.id =~ 'article:[0-9a-f]{16}' AND a.id <> 'article:' + left(a.contentHash, 16)
  AND NOT EXISTS { MATCH (other:Article) WHERE other.id = 'article:' + left(a.contentHash, 16) OR (other <> a AND other.contentHash = a.contentHash) }
SET a.id = 'article:' + left(a.contentHash, 16);
