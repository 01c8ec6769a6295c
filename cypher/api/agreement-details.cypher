// For each agreement, the parts of it a request selects ($parts: 'parties', 'signedAt', 'topics',
// 'reports'): its parties and topics (by name), the event it was signed at, and the reporting sentences.
// A part not asked for answers null and is not read; each sits behind its flag in a subquery of its own,
// so that the planner cannot read first and filter after (as event-details.cypher). Reports come newest
// articles first (undated last), at most $reportsFirst of each agreement (the largest page of sources the
// batch asks for): every report's article key is read to sort them, their sentences only for the page.
UNWIND $ids AS id
MATCH (g:Agreement {id: id})
OPTIONAL CALL (g) {
  WITH g WHERE 'parties' IN $parts
  CALL (g) { OPTIONAL MATCH (party)-[:PARTY_TO]->(g) WITH party ORDER BY party.name RETURN collect(party.id) AS partyIds }
  RETURN partyIds
}
OPTIONAL CALL (g) {
  WITH g WHERE 'signedAt' IN $parts
  CALL (g) { MATCH (g)-[:SIGNED_AT]->(event:Event) RETURN event.id AS eventId LIMIT 1 }
  RETURN eventId
}
OPTIONAL CALL (g) {
  WITH g WHERE 'topics' IN $parts
  CALL (g) { OPTIONAL MATCH (g)-[:ABOUT]->(topic:Topic) WITH topic ORDER BY topic.name RETURN collect(topic.id) AS topicIds }
  RETURN topicIds
}
OPTIONAL CALL (g) {
  WITH g WHERE 'reports' IN $parts
  CALL (g) {
    OPTIONAL MATCH (g)-[reported:REPORTED_IN]->(article:Article)
    WITH reported, article WHERE reported IS NOT NULL
    ORDER BY article.newestFirstKey DESC
    LIMIT $reportsFirst
    RETURN collect({articleId: article.id, sentences: reported.sentences, starts: reported.starts, ends: reported.ends,
                    cue: reported.cue, rule: reported.rule}) AS reports
  }
  RETURN reports
}
RETURN id, partyIds, eventId, topicIds, reports
