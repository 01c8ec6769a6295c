// Upserts the article's entities and links each to the article with the sentences naming it.
// One MERGE per label, each with a static label, so that it uses the id constraint (a dynamic label
// would scan every node). Names from the knowledge base win over names seen in text; aliases accumulate.
MATCH (a:Article {id: $articleId})
CALL () {
  UNWIND $entities.country AS row
  MERGE (n:Country {id: row.id})
  RETURN collect({node: n, row: row}) AS countries
}
CALL () {
  UNWIND $entities.person AS row
  MERGE (n:Person {id: row.id})
  RETURN collect({node: n, row: row}) AS persons
}
CALL () {
  UNWIND $entities.organization AS row
  MERGE (n:Organization {id: row.id})
  RETURN collect({node: n, row: row}) AS organizations
}
CALL () {
  UNWIND $entities.place AS row
  MERGE (n:Place {id: row.id})
  RETURN collect({node: n, row: row}) AS places
}
CALL () {
  UNWIND $entities.topic AS row
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
SET m.sentences = row.sentences, m.starts = row.starts, m.ends = row.ends, m.confidence = row.confidence
RETURN count(m) AS mentions
