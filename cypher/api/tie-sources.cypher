// The first $first sources of each tie between facts (an office, a membership, a step of a path), newest
// articles first (undated last), by the tie's key, `fact`: its SUPPORTS records, one per stating article
// (src/graph/load/README.md, "Provenance"), read on the index of (fact, newestFirstKey) (migration 0016)
// walked backwards from the key, so that a page costs about $first records however many articles state
// the tie (Astana lies in Kazakhstan in thousands).
UNWIND $facts AS fact
CALL (fact) {
  // USING INDEX SEEK, and no label on the article (every SUPPORTS starts at one), make Neo4j seek the fact
  // and take the index's order; a plain USING INDEX let it scan the whole index in some runs (PROFILE).
  MATCH (a)-[s:SUPPORTS]->()
  USING INDEX SEEK s:SUPPORTS(fact, newestFirstKey)
  WHERE s.fact = fact AND s.newestFirstKey IS NOT NULL
  WITH a, s
  ORDER BY s.fact DESC, s.newestFirstKey DESC
  LIMIT $first
  RETURN a.id AS articleId, s.sentence AS sentence, s.start AS start, s.end AS end, s.newestFirstKey AS key
}
RETURN fact, articleId, sentence, start, end
ORDER BY fact, key DESC
