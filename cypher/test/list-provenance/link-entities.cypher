// TEST FIXTURE: cypher/load/link-entities.cypher as it was before provenance became one record per article (issue 16,
// item 2): it appends to index-aligned lists on the tie (sources, sentences, starts, ends). Kept only to
// write a graph the way releases before migration 0016 did, so that the migration is tested on one.
// Ties an entity states about itself: a place lies in its country, an organization is based in one,
// a person represents one. Each relationship lists its supporting articles with their sentences,
// index-aligned (sources[i] stated sentences[i] at starts[i]..ends[i]). $links holds one row per
// relationship with the statements of one article or of several (stated-ties.ts), appended in one go.
// An article already among a relationship's sources adds nothing again (one load's facts are written
// once, whatever runs at the same time). The first SET takes the relationship's write lock before the
// list is read, so a concurrent append is never read stale and overwritten.
CALL () {
  UNWIND $links.place AS row
  MATCH (from:Place {id: row.fromId})
  MATCH (country:Country {id: row.countryId})
  MERGE (from)-[r:LOCATED_IN]->(country)
  SET r.sources = coalesce(r.sources, [])
  WITH r, row, [i IN range(0, size(row.sources) - 1) WHERE NOT row.sources[i] IN r.sources] AS fresh
  SET r.sentences = coalesce(r.sentences, []) + [i IN fresh | row.sentences[i]], r.starts = coalesce(r.starts, []) + [i IN fresh | row.starts[i]],
      r.ends = coalesce(r.ends, []) + [i IN fresh | row.ends[i]], r.sources = r.sources + [i IN fresh | row.sources[i]]
  RETURN count(r) AS places
}
CALL () {
  UNWIND $links.organization AS row
  MATCH (from:Organization {id: row.fromId})
  MATCH (country:Country {id: row.countryId})
  MERGE (from)-[r:BASED_IN]->(country)
  SET r.sources = coalesce(r.sources, [])
  WITH r, row, [i IN range(0, size(row.sources) - 1) WHERE NOT row.sources[i] IN r.sources] AS fresh
  SET r.sentences = coalesce(r.sentences, []) + [i IN fresh | row.sentences[i]], r.starts = coalesce(r.starts, []) + [i IN fresh | row.starts[i]],
      r.ends = coalesce(r.ends, []) + [i IN fresh | row.ends[i]], r.sources = r.sources + [i IN fresh | row.sources[i]]
  RETURN count(r) AS organizations
}
CALL () {
  UNWIND $links.person AS row
  MATCH (from:Person {id: row.fromId})
  MATCH (country:Country {id: row.countryId})
  MERGE (from)-[r:REPRESENTS]->(country)
  SET r.sources = coalesce(r.sources, [])
  WITH r, row, [i IN range(0, size(row.sources) - 1) WHERE NOT row.sources[i] IN r.sources] AS fresh
  SET r.sentences = coalesce(r.sentences, []) + [i IN fresh | row.sentences[i]], r.starts = coalesce(r.starts, []) + [i IN fresh | row.starts[i]],
      r.ends = coalesce(r.ends, []) + [i IN fresh | row.ends[i]], r.sources = r.sources + [i IN fresh | row.sources[i]]
  RETURN count(r) AS persons
}
RETURN places + organizations + persons AS links
