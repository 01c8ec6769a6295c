// For each event, the parts of it a request selects ($parts: 'place', 'participants', 'topics',
// 'agreements', 'reports'): its place, its participants, topics and agreements signed at it (each by
// name), and the reporting sentences. A part not asked for answers null and is not read: a list of
// events showing their places read every part before (meetingsBetween of Kazakhstan and Ukraine at
// 100,000 articles, 10 events: 1,944 db hits). Each part sits behind its flag in a subquery of its own,
// so that the planner cannot read first and filter after. Reports come newest articles first (undated
// last), at most $reportsFirst of each event (the largest page of sources the batch asks for: each report
// holds one sentence or more): every report's article key is read to sort them (the most-reported event
// at 100,000 generated articles has 36), their sentences only for the page.
UNWIND $ids AS id
MATCH (e:Event {id: id})
OPTIONAL CALL (e) {
  WITH e WHERE 'place' IN $parts
  CALL (e) { MATCH (e)-[:HELD_IN]->(place:Place) RETURN place.id AS placeId LIMIT 1 }
  RETURN placeId
}
OPTIONAL CALL (e) {
  WITH e WHERE 'participants' IN $parts
  CALL (e) { OPTIONAL MATCH (participant)-[:ATTENDED]->(e) WITH participant ORDER BY participant.name RETURN collect(participant.id) AS participantIds }
  RETURN participantIds
}
OPTIONAL CALL (e) {
  WITH e WHERE 'topics' IN $parts
  CALL (e) { OPTIONAL MATCH (e)-[:ABOUT]->(topic:Topic) WITH topic ORDER BY topic.name RETURN collect(topic.id) AS topicIds }
  RETURN topicIds
}
OPTIONAL CALL (e) {
  WITH e WHERE 'agreements' IN $parts
  CALL (e) { OPTIONAL MATCH (agreement:Agreement)-[:SIGNED_AT]->(e) WITH agreement ORDER BY agreement.name RETURN collect(agreement.id) AS agreementIds }
  RETURN agreementIds
}
OPTIONAL CALL (e) {
  WITH e WHERE 'reports' IN $parts
  CALL (e) {
    OPTIONAL MATCH (e)-[reported:REPORTED_IN]->(article:Article)
    WITH reported, article WHERE reported IS NOT NULL
    ORDER BY article.newestFirstKey DESC
    LIMIT $reportsFirst
    RETURN collect({articleId: article.id, sentences: reported.sentences, starts: reported.starts, ends: reported.ends,
                    cue: reported.cue, rule: reported.rule}) AS reports
  }
  RETURN reports
}
RETURN id, placeId, participantIds, topicIds, agreementIds, reports
