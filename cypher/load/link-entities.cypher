// Ties an entity states about itself: a place lies in its country, an organization is based in one,
// a person represents one. Each relationship lists its supporting articles with their sentences,
// index-aligned (sources[i] stated sentences[i] at starts[i]..ends[i]). $links holds one row per
// relationship with the statements of one article or of several (stated-ties.ts), appended in one go.
CALL () {
  UNWIND $links.place AS row
  MATCH (from:Place {id: row.fromId})
  MATCH (country:Country {id: row.countryId})
  MERGE (from)-[r:LOCATED_IN]->(country)
  SET r.sources = coalesce(r.sources, []) + row.sources, r.sentences = coalesce(r.sentences, []) + row.sentences,
      r.starts = coalesce(r.starts, []) + row.starts, r.ends = coalesce(r.ends, []) + row.ends
  RETURN count(r) AS places
}
CALL () {
  UNWIND $links.organization AS row
  MATCH (from:Organization {id: row.fromId})
  MATCH (country:Country {id: row.countryId})
  MERGE (from)-[r:BASED_IN]->(country)
  SET r.sources = coalesce(r.sources, []) + row.sources, r.sentences = coalesce(r.sentences, []) + row.sentences,
      r.starts = coalesce(r.starts, []) + row.starts, r.ends = coalesce(r.ends, []) + row.ends
  RETURN count(r) AS organizations
}
CALL () {
  UNWIND $links.person AS row
  MATCH (from:Person {id: row.fromId})
  MATCH (country:Country {id: row.countryId})
  MERGE (from)-[r:REPRESENTS]->(country)
  SET r.sources = coalesce(r.sources, []) + row.sources, r.sentences = coalesce(r.sentences, []) + row.sentences,
      r.starts = coalesce(r.starts, []) + row.starts, r.ends = coalesce(r.ends, []) + row.ends
  RETURN count(r) AS persons
}
RETURN places + organizations + persons AS links
