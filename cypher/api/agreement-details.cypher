// For each agreement: parties and topics (by name), the event it was signed at, and the reporting sentences.
UNWIND $ids AS id
MATCH (g:Agreement {id: id})
CALL (g) { OPTIONAL MATCH (party)-[:PARTY_TO]->(g) WITH party ORDER BY party.name RETURN collect(party.id) AS partyIds }
OPTIONAL CALL (g) { MATCH (g)-[:SIGNED_AT]->(event:Event) RETURN event.id AS eventId LIMIT 1 }
CALL (g) { OPTIONAL MATCH (g)-[:ABOUT]->(topic:Topic) WITH topic ORDER BY topic.name RETURN collect(topic.id) AS topicIds }
CALL (g) {
  OPTIONAL MATCH (g)-[reported:REPORTED_IN]->(article:Article)
  WITH reported, article WHERE reported IS NOT NULL
  RETURN collect({articleId: article.id, sentences: reported.sentences, starts: reported.starts, ends: reported.ends,
                  cue: reported.cue, rule: reported.rule}) AS reports
}
RETURN id, partyIds, eventId, topicIds, reports
