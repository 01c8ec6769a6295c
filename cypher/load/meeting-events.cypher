// The events an article reports, read before the article is retracted: once they have changed or gone,
// refresh-meetings.cypher must mend their meeting records and their pairs' MET too.
MATCH (:Article {id: $articleId})<-[:REPORTED_IN]-(e:Event)
RETURN collect(e.id) AS eventIds
