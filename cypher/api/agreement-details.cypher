// For each agreement: parties, the event it was signed at, topics, and the reporting sentences.
UNWIND $ids AS id
MATCH (g:Agreement {id: id})
CALL (g) { OPTIONAL MATCH (party)-[:PARTY_TO]->(g) RETURN collect(party.id) AS partyIds }
OPTIONAL CALL (g) { MATCH (g)-[:SIGNED_AT]->(event:Event) RETURN event.id AS eventId LIMIT 1 }
CALL (g) { OPTIONAL MATCH (g)-[:ABOUT]->(topic:Topic) RETURN collect(topic.id) AS topicIds }
CALL (g) {
  OPTIONAL MATCH (g)-[reported:REPORTED_IN]->(article:Article)
  WITH reported, article WHERE reported IS NOT NULL
  RETURN collect({articleId: article.id, sentences: reported.sentences, starts: reported.starts, ends: reported.ends}) AS reports
}
RETURN id, partyIds, eventId, topicIds, reports
