// TEST FIXTURE: cypher/load/write-events.cypher as it was before provenance became one record per article (issue 16,
// item 2): it appends to index-aligned lists on the tie (sources, sentences, starts, ends). Kept only to
// write a graph the way releases before migration 0016 did, so that the migration is tested on one.
// Events of one article. An event with a day joins an existing Event of the same day and mode (in person,
// call, gathering) when they share two participants, or one participant and the place, and no two
// different places are named; a day without a
// year ("May 10") matches that month and day of an Event in any year, and a dated report then gives the
// Event its year. Otherwise it becomes a new Event (see src/graph/load/README.md for the merging rules).
// $articles: {articleId, events} of one article or several, in load order; each article's events are written
// in a subquery of their own, which sees what the articles before it wrote (events of one batch merge too).
// Returns the graph id chosen for each article-local event id.
// An article already among a relationship's sources adds nothing again; the first SET takes the
// relationship's write lock before its list is read (see link-entities.cypher).
UNWIND $articles AS article
CALL (article) {
  MATCH (a:Article {id: article.articleId})
  UNWIND article.events AS row
  OPTIONAL CALL (row) {
    MATCH (candidate:Event {monthDay: row.monthDay})<-[:ATTENDED]-(participant)
    WHERE row.monthDay IS NOT NULL AND candidate.mode = row.mode AND participant.id IN row.participantIds
      AND (row.date IS NULL OR candidate.date IS NULL OR candidate.date = date(row.date))
    WITH candidate, count(DISTINCT participant) AS shared
    OPTIONAL MATCH (candidate)-[:HELD_IN]->(place:Place)
    WITH candidate, shared, place.id AS placeId
    WHERE (row.placeId IS NULL OR placeId IS NULL OR placeId = row.placeId)
      AND (shared >= 2 OR (shared >= 1 AND placeId IS NOT NULL AND placeId = row.placeId))
    RETURN candidate.id AS matchedId
    ORDER BY shared DESC, matchedId
    LIMIT 1
  }
  WITH article, a, row, coalesce(matchedId, row.newId) AS eventId
  MERGE (e:Event {id: eventId})
  ON CREATE SET e:GraphNode, e.kind = row.kind, e.mode = row.mode, e.name = row.name, e.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
                e.dateText = row.dateText, e.year = row.year, e.monthDay = row.monthDay, e.kinds = []
  ON MATCH SET e.name = CASE WHEN e.date IS NULL AND row.date IS NOT NULL THEN row.name ELSE e.name END,
               e.dateText = CASE WHEN e.date IS NULL AND row.date IS NOT NULL THEN row.dateText ELSE e.dateText END,
               e.year = coalesce(e.year, row.year),
               e.date = coalesce(e.date, CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END)
  // One report that it took place outweighs any that it is planned, was cancelled or denied.
  SET e.kinds = CASE WHEN row.kind IN e.kinds THEN e.kinds ELSE e.kinds + row.kind END,
      e.status = CASE WHEN 'held' IN [e.status, row.status] THEN 'held'
                      WHEN 'cancelled' IN [e.status, row.status] THEN 'cancelled'
                      WHEN 'denied' IN [e.status, row.status] THEN 'denied'
                      ELSE 'planned' END
  // The orders the API lists events in, kept with the date an event may just have taken; see migrations 0012, 0013.
  SET e.newestFirstKey = coalesce(toString(e.date), '0000-00-00') + ' ' + e.id,
      e.oldestFirstKey = coalesce(toString(e.date), '9999-99-99') + ' ' + e.id
  MERGE (e)-[reported:REPORTED_IN]->(a)
  SET reported.status = row.status, reported.cue = row.cue, reported.rule = row.rule, reported.sentences = row.sentences, reported.starts = row.starts, reported.ends = row.ends,
      reported.confidence = row.confidence, reported.localId = row.localId
  WITH article, e, row
  CALL (article, e, row) {
    UNWIND row.personIds AS participantId
    MATCH (participant:Person {id: participantId})
    MERGE (participant)-[r:ATTENDED]->(e)
    SET r.sources = coalesce(r.sources, [])
    FOREACH (_ IN CASE WHEN article.articleId IN r.sources THEN [] ELSE [1] END |
      SET r.sources = r.sources + article.articleId, r.sentences = coalesce(r.sentences, []) + row.sentences[0],
          r.starts = coalesce(r.starts, []) + row.starts[0], r.ends = coalesce(r.ends, []) + row.ends[0])
    RETURN count(r) AS persons
  }
  CALL (article, e, row) {
    UNWIND row.countryIds AS participantId
    MATCH (participant:Country {id: participantId})
    MERGE (participant)-[r:ATTENDED]->(e)
    SET r.sources = coalesce(r.sources, [])
    FOREACH (_ IN CASE WHEN article.articleId IN r.sources THEN [] ELSE [1] END |
      SET r.sources = r.sources + article.articleId, r.sentences = coalesce(r.sentences, []) + row.sentences[0],
          r.starts = coalesce(r.starts, []) + row.starts[0], r.ends = coalesce(r.ends, []) + row.ends[0])
    RETURN count(r) AS countries
  }
  CALL (article, e, row) {
    UNWIND row.organizationIds AS participantId
    MATCH (participant:Organization {id: participantId})
    MERGE (participant)-[r:ATTENDED]->(e)
    SET r.sources = coalesce(r.sources, [])
    FOREACH (_ IN CASE WHEN article.articleId IN r.sources THEN [] ELSE [1] END |
      SET r.sources = r.sources + article.articleId, r.sentences = coalesce(r.sentences, []) + row.sentences[0],
          r.starts = coalesce(r.starts, []) + row.starts[0], r.ends = coalesce(r.ends, []) + row.ends[0])
    RETURN count(r) AS organizations
  }
  CALL (article, e, row) {
    UNWIND CASE WHEN row.placeId IS NULL THEN [] ELSE [row.placeId] END AS placeId
    MATCH (place:Place {id: placeId})
    MERGE (e)-[r:HELD_IN]->(place)
    SET r.sources = coalesce(r.sources, [])
    FOREACH (_ IN CASE WHEN article.articleId IN r.sources THEN [] ELSE [1] END |
      SET r.sources = r.sources + article.articleId, r.sentences = coalesce(r.sentences, []) + row.sentences[0],
          r.starts = coalesce(r.starts, []) + row.starts[0], r.ends = coalesce(r.ends, []) + row.ends[0])
    RETURN count(r) AS places
  }
  CALL (article, e, row) {
    UNWIND row.topicIds AS topicId
    MATCH (topic:Topic {id: topicId})
    MERGE (e)-[r:ABOUT]->(topic)
    SET r.sources = coalesce(r.sources, [])
    FOREACH (_ IN CASE WHEN article.articleId IN r.sources THEN [] ELSE [1] END |
      SET r.sources = r.sources + article.articleId, r.sentences = coalesce(r.sentences, []) + row.sentences[0],
          r.starts = coalesce(r.starts, []) + row.starts[0], r.ends = coalesce(r.ends, []) + row.ends[0])
    RETURN count(r) AS topics
  }
  RETURN row.localId AS localId, e.id AS eventId
}
RETURN article.articleId AS articleId, localId, eventId
