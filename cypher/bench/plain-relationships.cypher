// Benchmark baseline only (scripts/bench-load.ts), never used by the product: the relationships of a
// batch of articles as plain UNWIND ... MATCH ... MERGE, one list per type, endpoints found through the
// GraphNode id constraint. Fact relationships get the same provenance lists as the loader's (sources,
// sentences, starts, ends; one entry appended per stating article), so both write the same data.
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
  MERGE (from)-[r:ATTENDED]->(to)
  SET r.sources = coalesce(r.sources, []) + row.articleId, r.sentences = coalesce(r.sentences, []) + row.sentence,
      r.starts = coalesce(r.starts, []) + row.start, r.ends = coalesce(r.ends, []) + row.end
  RETURN count(*) AS attended
}
CALL () {
  UNWIND $heldIn AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MERGE (from)-[r:HELD_IN]->(to)
  SET r.sources = coalesce(r.sources, []) + row.articleId, r.sentences = coalesce(r.sentences, []) + row.sentence,
      r.starts = coalesce(r.starts, []) + row.start, r.ends = coalesce(r.ends, []) + row.end
  RETURN count(*) AS heldIn
}
CALL () {
  UNWIND $about AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MERGE (from)-[r:ABOUT]->(to)
  SET r.sources = coalesce(r.sources, []) + row.articleId, r.sentences = coalesce(r.sentences, []) + row.sentence,
      r.starts = coalesce(r.starts, []) + row.start, r.ends = coalesce(r.ends, []) + row.end
  RETURN count(*) AS about
}
CALL () {
  UNWIND $partyTo AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MERGE (from)-[r:PARTY_TO]->(to)
  SET r.sources = coalesce(r.sources, []) + row.articleId, r.sentences = coalesce(r.sentences, []) + row.sentence,
      r.starts = coalesce(r.starts, []) + row.start, r.ends = coalesce(r.ends, []) + row.end
  RETURN count(*) AS partyTo
}
CALL () {
  UNWIND $signedAt AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MERGE (from)-[r:SIGNED_AT]->(to)
  SET r.sources = coalesce(r.sources, []) + row.articleId, r.sentences = coalesce(r.sentences, []) + row.sentence,
      r.starts = coalesce(r.starts, []) + row.start, r.ends = coalesce(r.ends, []) + row.end
  RETURN count(*) AS signedAt
}
CALL () {
  UNWIND $locatedIn AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MERGE (from)-[r:LOCATED_IN]->(to)
  SET r.sources = coalesce(r.sources, []) + row.articleId, r.sentences = coalesce(r.sentences, []) + row.sentence,
      r.starts = coalesce(r.starts, []) + row.start, r.ends = coalesce(r.ends, []) + row.end
  RETURN count(*) AS locatedIn
}
CALL () {
  UNWIND $basedIn AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MERGE (from)-[r:BASED_IN]->(to)
  SET r.sources = coalesce(r.sources, []) + row.articleId, r.sentences = coalesce(r.sentences, []) + row.sentence,
      r.starts = coalesce(r.starts, []) + row.start, r.ends = coalesce(r.ends, []) + row.end
  RETURN count(*) AS basedIn
}
CALL () {
  UNWIND $represents AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MERGE (from)-[r:REPRESENTS]->(to)
  SET r.sources = coalesce(r.sources, []) + row.articleId, r.sentences = coalesce(r.sentences, []) + row.sentence,
      r.starts = coalesce(r.starts, []) + row.start, r.ends = coalesce(r.ends, []) + row.end
  RETURN count(*) AS represents
}
CALL () {
  UNWIND $holdsOffice AS row
  MATCH (from:GraphNode {id: row.fromId})
  MATCH (to:GraphNode {id: row.toId})
  MERGE (from)-[r:HOLDS_OFFICE {title: row.title}]->(to)
  SET r.officeId = row.officeId, r.asOf = CASE WHEN row.asOf IS NULL THEN null ELSE date(row.asOf) END, r.confidence = row.confidence,
      r.sources = coalesce(r.sources, []) + row.articleId, r.sentences = coalesce(r.sentences, []) + row.sentence,
      r.starts = coalesce(r.starts, []) + row.start, r.ends = coalesce(r.ends, []) + row.end
  RETURN count(*) AS holdsOffice
}
CALL () {
  UNWIND $memberOf AS row
  MATCH (from:Country {id: row.fromId})
  MATCH (to:Organization {id: row.toId})
  MERGE (from)-[r:MEMBER_OF]->(to)
  SET r.status = row.status,
      r.sources = coalesce(r.sources, []) + row.articleId, r.sentences = coalesce(r.sentences, []) + row.sentence,
      r.starts = coalesce(r.starts, []) + row.start, r.ends = coalesce(r.ends, []) + row.end
  RETURN count(*) AS memberOf
}
RETURN publishedBy + mentions + reportedIn + attended + heldIn + about + partyTo + signedAt + locatedIn + basedIn + represents + holdsOffice + memberOf AS rows
