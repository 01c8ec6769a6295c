// Provenance of ties between facts becomes one record per article (issue 16, item 2): instead of four
// index-aligned lists on the tie (sources, sentences, starts, ends), rewritten whole on every append,
// each stating article has (:Article)-[:SUPPORTS {fact, to, sentence, start, end, newestFirstKey}]->(from),
// `from` being the tie's start node, `to` its end node's id and `fact` the tie's key, "TYPE fromId toId"
// ("HOLDS_OFFICE personId holderId title" for an office), which the tie carries too
// (src/graph/load/README.md, "Provenance"). Loads now write the records; this converts a graph loaded
// before. A tie listing one article twice keeps the article's first entry, as the loader does.
// The lists of a large graph do not fit one transaction: the ties are converted in batches, each tie's
// records written and its lists removed in the same inner transaction, so that a run stopped half-way
// resumes where it stopped. Run again, it finds no tie without a key and no list left: it changes nothing.
// 1. The index a tie's sources are paged on, newest first: seek on the key, walk the article's key.
CREATE INDEX supports_fact_newest_first IF NOT EXISTS FOR ()-[s:SUPPORTS]-() ON (s.fact, s.newestFirstKey);
// 2. Every tie gets its key.
MATCH (from)-[r:ATTENDED|HELD_IN|ABOUT|PARTY_TO|SIGNED_AT|REPRESENTS|LOCATED_IN|BASED_IN|MEMBER_OF]->(to)
WHERE r.fact IS NULL
CALL (from, r, to) {
  SET r.fact = type(r) + ' ' + from.id + ' ' + to.id
} IN TRANSACTIONS OF 5000 ROWS;
MATCH (from)-[r:HOLDS_OFFICE]->(to)
WHERE r.fact IS NULL
CALL (from, r, to) {
  SET r.fact = 'HOLDS_OFFICE ' + from.id + ' ' + to.id + ' ' + r.title
} IN TRANSACTIONS OF 5000 ROWS;
// 3. Each list entry becomes its article's record; then the lists go.
MATCH (from)-[r:ATTENDED|HELD_IN|ABOUT|PARTY_TO|SIGNED_AT|HOLDS_OFFICE|REPRESENTS|LOCATED_IN|BASED_IN|MEMBER_OF]->(to)
WHERE r.sources IS NOT NULL
CALL (from, r, to) {
  CALL (from, r, to) {
    UNWIND range(0, size(r.sources) - 1) AS i
    WITH from, r, to, i
    WHERE NOT r.sources[i] IN r.sources[..i]
    MATCH (a:Article {id: r.sources[i]})
    MERGE (a)-[s:SUPPORTS {fact: r.fact}]->(from)
    SET s.to = to.id, s.sentence = r.sentences[i], s.start = r.starts[i], s.end = r.ends[i], s.newestFirstKey = a.newestFirstKey
    RETURN count(s) AS records
  }
  REMOVE r.sources, r.sentences, r.starts, r.ends
} IN TRANSACTIONS OF 500 ROWS;
