// Benchmark baseline only (scripts/bench-load.ts), never used by the product: the relationships of a
// batch of articles as plain UNWIND ... MATCH ... MERGE, one list per type, endpoints found through the
// GraphNode id constraint. Fact relationships get the same key and provenance records as the loader's
// (the tie's `fact`, one SUPPORTS record per stating article), so both write the same data.
CALL () {
  UNWIND $publishedBy AS row
  MATCH (a:Article {id: row.fromId})
  MATCH (p:Publisher {id: row.toId})
  MERGE (a)-[:PUBLISHED_BY]->(p)
  RETURN count(*) AS publishedBy
}
CALL () {
  UNWIND $mentions AS row
  MATCH (a:Article {id: row.fromId})
  MATCH (n:GraphNode {id: row.toId})
  MERGE (a)-[r:MENTIONS]->(n)
  SET r.sentences = row.sentences, r.starts = row.starts, r.ends = row.ends, r.confidence = row.confidence
  RETURN count(*) AS mentions
}
CALL () {
  UNWIND $reportedIn AS row
  MATCH (x:GraphNode {id: row.fromId})
  MATCH (a:Article {id: row.toId})
  MERGE (x)-[r:REPORTED_IN]->(a)
  SET r.sentences = row.sentences, r.starts = row.starts, r.ends = row.ends, r.confidence = row.confidence, r.localId = row.localId
  RETURN count(*) AS reportedIn
}
CALL () {
  UNWIND $attended AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MATCH (a:Article {id: row.articleId})
  MERGE (from)-[r:ATTENDED]->(to)
  ON CREATE SET r.fact = 'ATTENDED ' + from.id + ' ' + to.id
  MERGE (a)-[s:SUPPORTS {fact: r.fact}]->(from)
  ON CREATE SET s.to = to.id, s.sentence = row.sentence, s.start = row.start, s.end = row.end, s.newestFirstKey = a.newestFirstKey
  RETURN count(*) AS attended
}
CALL () {
  UNWIND $heldIn AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MATCH (a:Article {id: row.articleId})
  MERGE (from)-[r:HELD_IN]->(to)
  ON CREATE SET r.fact = 'HELD_IN ' + from.id + ' ' + to.id
  MERGE (a)-[s:SUPPORTS {fact: r.fact}]->(from)
  ON CREATE SET s.to = to.id, s.sentence = row.sentence, s.start = row.start, s.end = row.end, s.newestFirstKey = a.newestFirstKey
  RETURN count(*) AS heldIn
}
CALL () {
  UNWIND $about AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MATCH (a:Article {id: row.articleId})
  MERGE (from)-[r:ABOUT]->(to)
  ON CREATE SET r.fact = 'ABOUT ' + from.id + ' ' + to.id
  MERGE (a)-[s:SUPPORTS {fact: r.fact}]->(from)
  ON CREATE SET s.to = to.id, s.sentence = row.sentence, s.start = row.start, s.end = row.end, s.newestFirstKey = a.newestFirstKey
  RETURN count(*) AS about
}
CALL () {
  UNWIND $partyTo AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MATCH (a:Article {id: row.articleId})
  MERGE (from)-[r:PARTY_TO]->(to)
  ON CREATE SET r.fact = 'PARTY_TO ' + from.id + ' ' + to.id
  MERGE (a)-[s:SUPPORTS {fact: r.fact}]->(from)
  ON CREATE SET s.to = to.id, s.sentence = row.sentence, s.start = row.start, s.end = row.end, s.newestFirstKey = a.newestFirstKey
  RETURN count(*) AS partyTo
}
CALL () {
  UNWIND $signedAt AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MATCH (a:Article {id: row.articleId})
  MERGE (from)-[r:SIGNED_AT]->(to)
  ON CREATE SET r.fact = 'SIGNED_AT ' + from.id + ' ' + to.id
  MERGE (a)-[s:SUPPORTS {fact: r.fact}]->(from)
  ON CREATE SET s.to = to.id, s.sentence = row.sentence, s.start = row.start, s.end = row.end, s.newestFirstKey = a.newestFirstKey
  RETURN count(*) AS signedAt
}
CALL () {
  UNWIND $locatedIn AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MATCH (a:Article {id: row.articleId})
  MERGE (from)-[r:LOCATED_IN]->(to)
  ON CREATE SET r.fact = 'LOCATED_IN ' + from.id + ' ' + to.id
  MERGE (a)-[s:SUPPORTS {fact: r.fact}]->(from)
  ON CREATE SET s.to = to.id, s.sentence = row.sentence, s.start = row.start, s.end = row.end, s.newestFirstKey = a.newestFirstKey
  RETURN count(*) AS locatedIn
}
CALL () {
  UNWIND $basedIn AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MATCH (a:Article {id: row.articleId})
  MERGE (from)-[r:BASED_IN]->(to)
  ON CREATE SET r.fact = 'BASED_IN ' + from.id + ' ' + to.id
  MERGE (a)-[s:SUPPORTS {fact: r.fact}]->(from)
  ON CREATE SET s.to = to.id, s.sentence = row.sentence, s.start = row.start, s.end = row.end, s.newestFirstKey = a.newestFirstKey
  RETURN count(*) AS basedIn
}
CALL () {
  UNWIND $represents AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MATCH (a:Article {id: row.articleId})
  MERGE (from)-[r:REPRESENTS]->(to)
  ON CREATE SET r.fact = 'REPRESENTS ' + from.id + ' ' + to.id
  MERGE (a)-[s:SUPPORTS {fact: r.fact}]->(from)
  ON CREATE SET s.to = to.id, s.sentence = row.sentence, s.start = row.start, s.end = row.end, s.newestFirstKey = a.newestFirstKey
  RETURN count(*) AS represents
}
CALL () {
  UNWIND $holdsOffice AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MATCH (a:Article {id: row.articleId})
  MERGE (from)-[r:HOLDS_OFFICE {title: row.title}]->(to)
  ON CREATE SET r.fact = 'HOLDS_OFFICE ' + from.id + ' ' + to.id + ' ' + row.title
  SET r.officeId = row.officeId, r.asOf = CASE WHEN row.asOf IS NULL THEN null ELSE date(row.asOf) END, r.confidence = row.confidence
  MERGE (a)-[s:SUPPORTS {fact: r.fact}]->(from)
  ON CREATE SET s.to = to.id, s.sentence = row.sentence, s.start = row.start, s.end = row.end, s.newestFirstKey = a.newestFirstKey
  RETURN count(*) AS holdsOffice
}
CALL () {
  UNWIND $memberOf AS row
  MATCH (from:Country {id: row.fromId})
  MATCH (to:Organization {id: row.toId})
  MATCH (a:Article {id: row.articleId})
  MERGE (from)-[r:MEMBER_OF]->(to)
  ON CREATE SET r.fact = 'MEMBER_OF ' + from.id + ' ' + to.id
  SET r.status = row.status
  MERGE (a)-[s:SUPPORTS {fact: r.fact}]->(from)
  ON CREATE SET s.to = to.id, s.sentence = row.sentence, s.start = row.start, s.end = row.end, s.newestFirstKey = a.newestFirstKey
  RETURN count(*) AS memberOf
}
RETURN publishedBy + mentions + reportedIn + attended + heldIn + about + partyTo + signedAt + locatedIn + basedIn + represents + holdsOffice + memberOf AS rows
