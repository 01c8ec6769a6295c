// Everything one article says: the entities it names, the events and agreements it reports, with the
// sentences on the relationships. First: :param article => 'article:...'
MATCH (a:Article {id: $article})
OPTIONAL MATCH mentioned = (a)-[:MENTIONS]->()
OPTIONAL MATCH reported = ()-[:REPORTED_IN]->(a)
RETURN a, mentioned, reported
