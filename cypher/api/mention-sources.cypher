// The first $first articles naming each entity, newest first (undated last), with the sentences naming
// it: an index seek on the mentions' (entity, newestFirstKey) (migration 0015), read in descending key
// order and stopped at $first, so a page costs $first mentions however many articles name the entity
// (Kazakhstan is named by most). USING INDEX SEEK, and ordering on both keys of the index, are what make
// Neo4j seek per id and take the index's order (PROFILE: 6 db hits for a page of 5); without them it
// scanned the whole index (a plain USING INDEX did too, in some runs of the planner).
UNWIND $ids AS id
CALL (id) {
  MATCH (a)-[m:MENTIONS]->()
  USING INDEX SEEK m:MENTIONS(entity, newestFirstKey)
  WHERE m.entity = id AND m.newestFirstKey IS NOT NULL
  WITH a, m ORDER BY m.entity DESC, m.newestFirstKey DESC LIMIT $first
  RETURN a, m
}
RETURN id, a.id AS articleId, m.sentences AS sentences, m.starts AS starts, m.ends AS ends
