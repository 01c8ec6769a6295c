// Agreements of one article: the same kind, parties and date from several articles is one Agreement
// (its id is derived from them). Parties are PARTY_TO it; it is SIGNED_AT the event it was signed at.
// $articles: {articleId, agreements} of one article or several, in load order; each agreement names the
// graph id of its event (from write-events) as eventId.
// Each tie of an agreement (PARTY_TO, SIGNED_AT, ABOUT) gets one record of this article's support, with
// the agreement's first sentence, as in link-entities.cypher.
// Each pair of its country parties gets its record, a loop on the agreement (migration 0019), for
// countryRelations: written again by each article that reports it, unchanged (its parties are its id's).
UNWIND $articles AS article
CALL (article) {
  MATCH (a:Article {id: article.articleId})
  UNWIND article.agreements AS row
  MERGE (g:Agreement {id: row.id})
  ON CREATE SET g:GraphNode, g.kind = row.kind, g.name = row.name, g.subject = row.subject,
                g.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END, g.dateText = row.dateText, g.year = row.year,
                // The orders the API lists agreements in (migration 0014); the date never changes after this.
                g.newestFirstKey = coalesce(toString(date(row.date)), '0000-00-00') + ' ' + row.id,
                g.oldestFirstKey = coalesce(toString(date(row.date)), '9999-99-99') + ' ' + row.id
  SET g.status = CASE WHEN g.status = 'signed' THEN 'signed' ELSE row.status END,
      g.subject = coalesce(g.subject, row.subject)
  MERGE (g)-[reported:REPORTED_IN]->(a)
  SET reported.sentences = row.sentences, reported.starts = row.starts, reported.ends = row.ends,
      reported.confidence = row.confidence, reported.localId = row.localId, reported.cue = row.cue, reported.rule = row.rule
  WITH a, g, row
  // The agreement's ties, each with its key (see link-entities.cypher); then this article's record of each.
  CALL (g, row) {
    UNWIND row.countryIds AS partyId
    MATCH (party:Country {id: partyId})
    MERGE (party)-[r:PARTY_TO]->(g)
    ON CREATE SET r.fact = 'PARTY_TO ' + party.id + ' ' + g.id
    RETURN collect({from: party, fact: r.fact, to: g.id}) AS countries
  }
  CALL (g, countries) {
    WITH g, [country IN countries | country.from.id] AS partyIds
    UNWIND range(0, size(partyIds) - 2) AS low
    UNWIND range(low + 1, size(partyIds) - 1) AS high
    WITH g, CASE WHEN partyIds[low] < partyIds[high] THEN partyIds[low] + ' ' + partyIds[high]
                 ELSE partyIds[high] + ' ' + partyIds[low] END AS pair
    MERGE (g)-[r:PARTY_PAIR {pair: pair}]->(g)
    ON CREATE SET r.oldestFirstKey = g.oldestFirstKey
    RETURN count(r) AS pairs
  }
  CALL (g, row) {
    UNWIND row.organizationIds AS partyId
    MATCH (party:Organization {id: partyId})
    MERGE (party)-[r:PARTY_TO]->(g)
    ON CREATE SET r.fact = 'PARTY_TO ' + party.id + ' ' + g.id
    RETURN collect({from: party, fact: r.fact, to: g.id}) AS organizations
  }
  CALL (g, row) {
    UNWIND CASE WHEN row.eventId IS NULL THEN [] ELSE [row.eventId] END AS eventId
    MATCH (event:Event {id: eventId})
    MERGE (g)-[r:SIGNED_AT]->(event)
    ON CREATE SET r.fact = 'SIGNED_AT ' + g.id + ' ' + event.id
    RETURN collect({from: g, fact: r.fact, to: event.id}) AS events
  }
  CALL (g, row) {
    UNWIND row.topicIds AS topicId
    MATCH (topic:Topic {id: topicId})
    MERGE (g)-[r:ABOUT]->(topic)
    ON CREATE SET r.fact = 'ABOUT ' + g.id + ' ' + topic.id
    RETURN collect({from: g, fact: r.fact, to: topic.id}) AS topics
  }
  CALL (a, row, countries, organizations, events, topics) {
    UNWIND countries + organizations + events + topics AS tie
    WITH a, row, tie, tie.from AS from
    MERGE (a)-[s:SUPPORTS {fact: tie.fact}]->(from)
    ON CREATE SET s.to = tie.to, s.sentence = row.sentences[0], s.start = row.starts[0], s.end = row.ends[0], s.newestFirstKey = a.newestFirstKey
    RETURN count(s) AS records
  }
  RETURN count(g) AS agreements
}
RETURN sum(agreements) AS agreements
