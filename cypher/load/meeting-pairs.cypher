// The pairs of parties who attended one event together, for the events an article reports (read before
// the article is retracted, so that refresh-meetings.cypher can mend their MET once those events have
// changed or gone). Each pair once, the lower id first.
MATCH (:Article {id: $articleId})<-[:REPORTED_IN]-(e:Event)<-[:ATTENDED]-(a)
MATCH (e)<-[:ATTENDED]-(b)
WHERE a.id < b.id
RETURN DISTINCT [a.id, b.id] AS pair
