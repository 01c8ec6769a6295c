// What an article reports, read before the article is retracted: its events (once they have changed or
// gone, refresh-meetings.cypher must mend their meeting records and their pairs' MET too) and the
// country pairs of its events and agreements (their records go with an event or agreement the
// retraction deletes, and recount-country-pairs.cypher must count those pairs again).
MATCH (a:Article {id: $articleId})
RETURN COLLECT { MATCH (a)<-[:REPORTED_IN]-(e:Event) RETURN e.id } AS eventIds,
       COLLECT {
         MATCH (a)<-[:REPORTED_IN]-(x)-[r:COUNTRY_PAIR|PARTY_PAIR]->(x)
         RETURN DISTINCT r.pair
       } AS countryPairs
