// TEST FIXTURE: cypher/load/write-agreements.cypher as it was before provenance became one record per article (issue 16,
// item 2): it appends to index-aligned lists on the tie (sources, sentences, starts, ends). Kept only to
// write a graph the way releases before migration 0016 did, so that the migration is tested on one.
// Agreements of one article: the same kind, parties and date from several articles is one Agreement
// (its id is derived from them). Parties are PARTY_TO it; it is SIGNED_AT the event it was signed at.
// $articles: {articleId, agreements} of one article or several, in load order; each agreement names the
// graph id of its event (from write-events) as eventId.
// An article already among a relationship's sources adds nothing again; the first SET takes the
// relationship's write lock before its list is read (see link-entities.cypher).
UNWIND $articles AS article
CALL (article) {
  MATCH (a:Article {id: article.articleId})
  UNWIND article.agreements AS row
  MERGE (g:Agreement {id: row.id})
  ON CREATE SET g:GraphNode, g.kind = row.kind, g.name = row.name, g.subject = row.subject,
                g.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END, g.dateText = row.dateText, g.year = row.year
  SET g.status = CASE WHEN g.status = 'signed' THEN 'signed' ELSE row.status END,
      g.subject = coalesce(g.subject, row.subject)
  MERGE (g)-[reported:REPORTED_IN]->(a)
  SET reported.sentences = row.sentences, reported.starts = row.starts, reported.ends = row.ends,
      reported.confidence = row.confidence, reported.localId = row.localId, reported.cue = row.cue, reported.rule = row.rule
  WITH article, g, row
  CALL (article, g, row) {
    UNWIND row.countryIds AS partyId
    MATCH (party:Country {id: partyId})
    MERGE (party)-[r:PARTY_TO]->(g)
    SET r.sources = coalesce(r.sources, [])
    FOREACH (_ IN CASE WHEN article.articleId IN r.sources THEN [] ELSE [1] END |
      SET r.sources = r.sources + article.articleId, r.sentences = coalesce(r.sentences, []) + row.sentences[0],
          r.starts = coalesce(r.starts, []) + row.starts[0], r.ends = coalesce(r.ends, []) + row.ends[0])
    RETURN count(r) AS countries
  }
  CALL (article, g, row) {
    UNWIND row.organizationIds AS partyId
    MATCH (party:Organization {id: partyId})
    MERGE (party)-[r:PARTY_TO]->(g)
    SET r.sources = coalesce(r.sources, [])
    FOREACH (_ IN CASE WHEN article.articleId IN r.sources THEN [] ELSE [1] END |
      SET r.sources = r.sources + article.articleId, r.sentences = coalesce(r.sentences, []) + row.sentences[0],
          r.starts = coalesce(r.starts, []) + row.starts[0], r.ends = coalesce(r.ends, []) + row.ends[0])
    RETURN count(r) AS organizations
  }
  CALL (article, g, row) {
    UNWIND CASE WHEN row.eventId IS NULL THEN [] ELSE [row.eventId] END AS eventId
    MATCH (event:Event {id: eventId})
    MERGE (g)-[r:SIGNED_AT]->(event)
    SET r.sources = coalesce(r.sources, [])
    FOREACH (_ IN CASE WHEN article.articleId IN r.sources THEN [] ELSE [1] END |
      SET r.sources = r.sources + article.articleId, r.sentences = coalesce(r.sentences, []) + row.sentences[0],
          r.starts = coalesce(r.starts, []) + row.starts[0], r.ends = coalesce(r.ends, []) + row.ends[0])
    RETURN count(r) AS events
  }
  CALL (article, g, row) {
    UNWIND row.topicIds AS topicId
    MATCH (topic:Topic {id: topicId})
    MERGE (g)-[r:ABOUT]->(topic)
    SET r.sources = coalesce(r.sources, [])
    FOREACH (_ IN CASE WHEN article.articleId IN r.sources THEN [] ELSE [1] END |
      SET r.sources = r.sources + article.articleId, r.sentences = coalesce(r.sentences, []) + row.sentences[0],
          r.starts = coalesce(r.starts, []) + row.starts[0], r.ends = coalesce(r.ends, []) + row.ends[0])
    RETURN count(r) AS topics
  }
  RETURN count(g) AS agreements
}
RETURN sum(agreements) AS agreements
