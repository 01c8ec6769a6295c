// The sentences naming each entity, per article, newest articles first (undated ones last).
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})<-[m:MENTIONS]-(a:Article)
RETURN id, a.id AS articleId, m.sentences AS sentences, m.starts AS starts, m.ends AS ends
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, articleId
