// Ties an entity states about itself: a place lies in its country, an organization is based in one,
// a person represents one. Each relationship lists its supporting articles with their sentences,
// index-aligned (sources[i] stated sentences[i] at starts[i]..ends[i]).
CALL () {
  UNWIND $links.place AS row
  MATCH (from:Place {id: row.fromId})
  MATCH (country:Country {id: row.countryId})
  MERGE (from)-[r:LOCATED_IN]->(country)
  SET r.sources = coalesce(r.sources, []) + $articleId, r.sentences = coalesce(r.sentences, []) + row.sentence,
      r.starts = coalesce(r.starts, []) + row.start, r.ends = coalesce(r.ends, []) + row.end
  RETURN count(r) AS places
}
CALL () {
  UNWIND $links.organization AS row
  MATCH (from:Organization {id: row.fromId})
  MATCH (country:Country {id: row.countryId})
  MERGE (from)-[r:BASED_IN]->(country)
  SET r.sources = coalesce(r.sources, []) + $articleId, r.sentences = coalesce(r.sentences, []) + row.sentence,
      r.starts = coalesce(r.starts, []) + row.start, r.ends = coalesce(r.ends, []) + row.end
  RETURN count(r) AS organizations
}
CALL () {
  UNWIND $links.person AS row
  MATCH (from:Person {id: row.fromId})
  MATCH (country:Country {id: row.countryId})
  MERGE (from)-[r:REPRESENTS]->(country)
  SET r.sources = coalesce(r.sources, []) + $articleId, r.sentences = coalesce(r.sentences, []) + row.sentence,
      r.starts = coalesce(r.starts, []) + row.start, r.ends = coalesce(r.ends, []) + row.end
  RETURN count(r) AS persons
}
RETURN places + organizations + persons AS links
