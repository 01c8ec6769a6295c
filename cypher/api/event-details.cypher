// For each event: place, participants, topics and agreements signed at it (each by name), and the
// reporting sentences.
UNWIND $ids AS id
MATCH (e:Event {id: id})
OPTIONAL CALL (e) { MATCH (e)-[:HELD_IN]->(place:Place) RETURN place.id AS placeId LIMIT 1 }
CALL (e) { OPTIONAL MATCH (participant)-[:ATTENDED]->(e) WITH participant ORDER BY participant.name RETURN collect(participant.id) AS participantIds }
CALL (e) { OPTIONAL MATCH (e)-[:ABOUT]->(topic:Topic) WITH topic ORDER BY topic.name RETURN collect(topic.id) AS topicIds }
CALL (e) { OPTIONAL MATCH (agreement:Agreement)-[:SIGNED_AT]->(e) WITH agreement ORDER BY agreement.name RETURN collect(agreement.id) AS agreementIds }
CALL (e) {
  OPTIONAL MATCH (e)-[reported:REPORTED_IN]->(article:Article)
  WITH reported, article WHERE reported IS NOT NULL
  RETURN collect({articleId: article.id, sentences: reported.sentences, starts: reported.starts, ends: reported.ends,
                  cue: reported.cue, rule: reported.rule}) AS reports
}
RETURN id, placeId, participantIds, topicIds, agreementIds, reports
