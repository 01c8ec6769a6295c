// Every article naming each entity, newest first (undated last): what cypher/api/mention-sources.cypher
// must give the first $first of, whichever way it reads them.
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})<-[:MENTIONS]-(a:Article)
RETURN id, a.id AS articleId
ORDER BY id, a.newestFirstKey DESC
