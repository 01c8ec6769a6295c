// Ties an entity states about itself: a place lies in its country, an organization is based in one,
// a person represents one. The tie carries its key, `fact` ("TYPE fromId toId"), and no provenance:
// each stating article adds one record, (:Article)-[:SUPPORTS {fact, to, sentence, start, end,
// newestFirstKey}]->(from) (src/graph/load/README.md, "Provenance"), so a tie stated by thousands of
// articles costs the next one a single write, and the tie itself is neither rewritten nor locked.
// $links holds one row per relationship with the statements of one article or of several
// (stated-ties.ts), in article order. An article's first statement of a tie is its record; MERGE keeps a
// repeated write from adding a second one.
CALL () {
  UNWIND $links.place AS row
  MATCH (from:Place {id: row.fromId})
  MATCH (country:Country {id: row.countryId})
  MERGE (from)-[r:LOCATED_IN]->(country)
  ON CREATE SET r.fact = 'LOCATED_IN ' + from.id + ' ' + country.id
  RETURN collect({from: from, fact: r.fact, to: country.id, row: row}) AS places
}
CALL () {
  UNWIND $links.organization AS row
  MATCH (from:Organization {id: row.fromId})
  MATCH (country:Country {id: row.countryId})
  MERGE (from)-[r:BASED_IN]->(country)
  ON CREATE SET r.fact = 'BASED_IN ' + from.id + ' ' + country.id
  RETURN collect({from: from, fact: r.fact, to: country.id, row: row}) AS organizations
}
CALL () {
  UNWIND $links.person AS row
  MATCH (from:Person {id: row.fromId})
  MATCH (country:Country {id: row.countryId})
  MERGE (from)-[r:REPRESENTS]->(country)
  // A person with a new country: the events they attended are meetings of that country's side now
  // (lock-country-meeting-events.cypher reads the mark and removes it).
  ON CREATE SET r.fact = 'REPRESENTS ' + from.id + ' ' + country.id, from:CountriesChanged
  RETURN collect({from: from, fact: r.fact, to: country.id, row: row}) AS persons
}
UNWIND places + organizations + persons AS tie
WITH tie.from AS from, tie.fact AS fact, tie.to AS to, tie.row AS row
UNWIND range(0, size(row.sources) - 1) AS i
MATCH (a:Article {id: row.sources[i]})
MERGE (a)-[s:SUPPORTS {fact: fact}]->(from)
ON CREATE SET s.to = to, s.sentence = row.sentences[i], s.start = row.starts[i], s.end = row.ends[i], s.newestFirstKey = a.newestFirstKey
RETURN count(DISTINCT fact) AS links
