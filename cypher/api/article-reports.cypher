// For each article: the events and agreements it reports.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) { OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(a) RETURN collect(e.id) AS eventIds }
CALL (a) { OPTIONAL MATCH (g:Agreement)-[:REPORTED_IN]->(a) RETURN collect(g.id) AS agreementIds }
OPTIONAL CALL (a) { MATCH (a)-[:PUBLISHED_BY]->(p:Publisher) RETURN p.name AS publisher LIMIT 1 }
RETURN id, eventIds, agreementIds, publisher
