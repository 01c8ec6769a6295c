// Upserts the entities of one article or several ($articles: {articleId, entities} in load order; each
// article in a subquery of its own, which sees what the articles before it wrote) and
// links each to its article with the sentences naming it. One MERGE per label, each with a static label,
// so that it uses the id constraint (a dynamic label would scan every node). Names from the knowledge
// base win over names seen in text; aliases accumulate.
UNWIND $articles AS article
CALL (article) {
  MATCH (a:Article {id: article.articleId})
  CALL (article) {
    UNWIND article.entities.country AS row
    MERGE (n:Country {id: row.id})
    RETURN collect({node: n, row: row}) AS countries
  }
  CALL (article) {
    UNWIND article.entities.person AS row
    MERGE (n:Person {id: row.id})
    RETURN collect({node: n, row: row}) AS persons
  }
  CALL (article) {
    UNWIND article.entities.organization AS row
    MERGE (n:Organization {id: row.id})
    RETURN collect({node: n, row: row}) AS organizations
  }
  CALL (article) {
    UNWIND article.entities.place AS row
    MERGE (n:Place {id: row.id})
    RETURN collect({node: n, row: row}) AS places
  }
  CALL (article) {
    UNWIND article.entities.topic AS row
    MERGE (n:Topic {id: row.id})
    RETURN collect({node: n, row: row}) AS topics
  }
  UNWIND countries + persons + organizations + places + topics AS pair
  WITH a, pair.node AS n, pair.row AS row
  SET n:GraphNode,
      n.name = CASE WHEN row.known OR n.name IS NULL THEN row.name ELSE n.name END,
      n.aliases = reduce(merged = coalesce(n.aliases, []), alias IN row.aliases |
        CASE WHEN alias IN merged THEN merged ELSE merged + alias END),
      n.known = coalesce(n.known, false) OR row.known,
      n.organizationKind = coalesce(n.organizationKind, row.organizationKind)
  MERGE (a)-[m:MENTIONS]->(n)
  SET m.sentences = row.sentences, m.starts = row.starts, m.ends = row.ends, m.confidence = row.confidence,
      // The entity's newest mentions are an index seek on these two (migration 0015).
      m.entity = n.id, m.newestFirstKey = a.newestFirstKey
  RETURN count(m) AS mentions
}
RETURN sum(mentions) AS mentions
