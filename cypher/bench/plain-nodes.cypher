// Benchmark baseline only (scripts/bench-load.ts), never used by the product: the nodes of a batch of
// articles as plain UNWIND ... MERGE on the id constraints, one list per label, property values set as
// given. No re-load check, no event matching across articles, no retraction, no alias merging.
CALL () {
  UNWIND $articles AS row
  MERGE (a:Article {id: row.id})
  SET a:GraphNode, a.name = row.title, a.title = row.title, a.url = row.url, a.author = row.author, a.dateline = row.dateline,
      a.publishedAt = CASE WHEN row.publishedDate IS NULL THEN null ELSE date(row.publishedDate) END,
      a.publishedAtText = row.publishedAtText, a.language = row.language, a.languageConfidence = row.languageConfidence,
      a.contentHash = row.contentHash, a.body = row.body, a.sourceName = row.sourceName,
      a.contractVersion = row.contractVersion, a.knowledgeBaseVersion = row.knowledgeBaseVersion, a.loadedAt = datetime()
  RETURN count(*) AS articles
}
CALL () {
  UNWIND $publishers AS row
  MERGE (p:Publisher {id: row.id})
  SET p.name = row.name, p.aliases = []
  RETURN count(*) AS publishers
}
CALL () {
  UNWIND $countries AS row
  MERGE (n:Country {id: row.id})
  SET n:GraphNode, n.name = row.name, n.aliases = row.aliases, n.known = row.known
  RETURN count(*) AS countries
}
CALL () {
  UNWIND $persons AS row
  MERGE (n:Person {id: row.id})
  SET n:GraphNode, n.name = row.name, n.aliases = row.aliases, n.known = row.known
  RETURN count(*) AS persons
}
CALL () {
  UNWIND $organizations AS row
  MERGE (n:Organization {id: row.id})
  SET n:GraphNode, n.name = row.name, n.aliases = row.aliases, n.known = row.known, n.organizationKind = row.organizationKind
  RETURN count(*) AS organizations
}
CALL () {
  UNWIND $places AS row
  MERGE (n:Place {id: row.id})
  SET n:GraphNode, n.name = row.name, n.aliases = row.aliases, n.known = row.known
  RETURN count(*) AS places
}
CALL () {
  UNWIND $topics AS row
  MERGE (n:Topic {id: row.id})
  SET n:GraphNode, n.name = row.name, n.aliases = row.aliases, n.known = row.known
  RETURN count(*) AS topics
}
CALL () {
  UNWIND $events AS row
  MERGE (e:Event {id: row.id})
  SET e:GraphNode, e.kind = row.kind, e.kinds = [row.kind], e.name = row.name,
      e.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
      e.dateText = row.dateText, e.year = row.year, e.monthDay = row.monthDay
  RETURN count(*) AS events
}
CALL () {
  UNWIND $agreements AS row
  MERGE (g:Agreement {id: row.id})
  SET g:GraphNode, g.kind = row.kind, g.name = row.name, g.subject = row.subject, g.status = row.status,
      g.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END, g.dateText = row.dateText, g.year = row.year
  RETURN count(*) AS agreements
}
RETURN articles + publishers + countries + persons + organizations + places + topics + events + agreements AS rows
