// Everything one article says: the entities it names, the events and agreements it reports, and the ties
// it supports (a SUPPORTS record on a tie's start node, its key in `fact`), with the sentences on the
// relationships. First: :param article => 'article:...'
MATCH (a:Article {id: $article})
OPTIONAL MATCH mentioned = (a)-[:MENTIONS]->()
OPTIONAL MATCH reported = ()-[:REPORTED_IN]->(a)
OPTIONAL MATCH supported = (a)-[:SUPPORTS]->()
RETURN a, mentioned, reported, supported
