// Events of one article. An event with a day joins an existing Event of the same day and mode (in person,
// call, gathering) when they share two participants, or one participant and the place, and no two
// different places are named; a day without a
// year ("May 10") matches that month and day of an Event in any year, and a dated report then gives the
// Event its year. Otherwise it becomes a new Event; two events of one article never take the same Event
// (see src/graph/load/README.md for the merging rules).
// $articles: {articleId, events} of one article or several, in load order; each article's events are written
// in a subquery of their own, which sees what the articles before it wrote (events of one batch merge too).
// Returns the graph id chosen for each article-local event id.
// Each tie of an event (ATTENDED, HELD_IN, ABOUT) gets one record of this article's support, with the
// event's first sentence, as in link-entities.cypher; an article reporting the event twice adds no second.
UNWIND $articles AS article
CALL (article) {
  MATCH (a:Article {id: article.articleId})
  // Every event of the article finds its match before any is written, so that one article's events never
  // merge with each other; and two of them never take the same Event: of those matching one, the one sharing
  // the most participants takes it (then the one whose own id it is, then the lowest id), the others are new.
  // The same pairing then comes out whichever article was written first (a reextract writes in another order).
  CALL (article) {
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
      RETURN candidate.id AS matchedId, shared
      ORDER BY shared DESC, matchedId
      LIMIT 1
    }
    WITH row, matchedId, shared
    ORDER BY coalesce(shared, 0) DESC, CASE WHEN matchedId = row.newId THEN 0 ELSE 1 END, row.newId, row.localId
    WITH collect({localId: row.localId, matchedId: matchedId, newId: row.newId}) AS claims
    RETURN [index IN range(0, size(claims) - 1) |
      {localId: claims[index].localId,
       eventId: CASE WHEN claims[index].matchedId IS NOT NULL
                      AND none(earlier IN claims[0..index] WHERE coalesce(earlier.matchedId = claims[index].matchedId, false))
                     THEN claims[index].matchedId ELSE claims[index].newId END}] AS chosen
  }
  UNWIND article.events AS row
  WITH a, row, [choice IN chosen WHERE choice.localId = row.localId][0].eventId AS eventId
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
  WITH a, e, row
  // The event's ties, each with its key (see link-entities.cypher); then this article's record of each.
  CALL (e, row) {
    UNWIND row.personIds AS participantId
    MATCH (participant:Person {id: participantId})
    MERGE (participant)-[r:ATTENDED]->(e)
    ON CREATE SET r.fact = 'ATTENDED ' + participant.id + ' ' + e.id
    RETURN collect({from: participant, fact: r.fact, to: e.id}) AS persons
  }
  CALL (e, row) {
    UNWIND row.countryIds AS participantId
    MATCH (participant:Country {id: participantId})
    MERGE (participant)-[r:ATTENDED]->(e)
    ON CREATE SET r.fact = 'ATTENDED ' + participant.id + ' ' + e.id
    RETURN collect({from: participant, fact: r.fact, to: e.id}) AS countries
  }
  CALL (e, row) {
    UNWIND row.organizationIds AS participantId
    MATCH (participant:Organization {id: participantId})
    MERGE (participant)-[r:ATTENDED]->(e)
    ON CREATE SET r.fact = 'ATTENDED ' + participant.id + ' ' + e.id
    RETURN collect({from: participant, fact: r.fact, to: e.id}) AS organizations
  }
  CALL (e, row) {
    UNWIND CASE WHEN row.placeId IS NULL THEN [] ELSE [row.placeId] END AS placeId
    MATCH (place:Place {id: placeId})
    MERGE (e)-[r:HELD_IN]->(place)
    ON CREATE SET r.fact = 'HELD_IN ' + e.id + ' ' + place.id
    RETURN collect({from: e, fact: r.fact, to: place.id}) AS places
  }
  CALL (e, row) {
    UNWIND row.topicIds AS topicId
    MATCH (topic:Topic {id: topicId})
    MERGE (e)-[r:ABOUT]->(topic)
    ON CREATE SET r.fact = 'ABOUT ' + e.id + ' ' + topic.id
    RETURN collect({from: e, fact: r.fact, to: topic.id}) AS topics
  }
  CALL (a, row, persons, countries, organizations, places, topics) {
    UNWIND persons + countries + organizations + places + topics AS tie
    WITH a, row, tie, tie.from AS from
    MERGE (a)-[s:SUPPORTS {fact: tie.fact}]->(from)
    ON CREATE SET s.to = tie.to, s.sentence = row.sentences[0], s.start = row.starts[0], s.end = row.ends[0], s.newestFirstKey = a.newestFirstKey
    RETURN count(s) AS records
  }
  RETURN row.localId AS localId, e.id AS eventId
}
RETURN article.articleId AS articleId, localId, eventId
