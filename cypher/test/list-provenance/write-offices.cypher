// TEST FIXTURE: cypher/load/write-offices.cypher as it was before provenance became one record per article (issue 16,
// item 2): it appends to index-aligned lists on the tie (sources, sentences, starts, ends). Kept only to
// write a graph the way releases before migration 0016 did, so that the migration is tested on one.
// HOLDS_OFFICE: a person's office in a country or an organization, as articles state it.
// One relationship per (person, holder, title); every article that states it adds itself as a source.
// $offices holds one row per relationship with the statements of one article or of several
// (stated-ties.ts): the last officeId stated wins, the as-of date is the latest stated (so that the order
// articles are loaded in does not change it), the confidence is the highest.
UNWIND $offices AS row
MATCH (person:Person {id: row.personId})
CALL (row) {
  OPTIONAL MATCH (country:Country {id: row.holderId})
  OPTIONAL MATCH (organization:Organization {id: row.holderId})
  RETURN coalesce(country, organization) AS holder
}
WITH person, holder, row WHERE holder IS NOT NULL
MERGE (person)-[r:HOLDS_OFFICE {title: row.title}]->(holder)
// Lock first, then read: articles already among the sources add nothing again (see link-entities.cypher).
SET r.sources = coalesce(r.sources, [])
WITH r, row, [i IN range(0, size(row.sources) - 1) WHERE NOT row.sources[i] IN r.sources] AS fresh
WHERE size(fresh) > 0
SET r.officeId = coalesce(row.officeId, r.officeId),
    r.asOf = CASE WHEN row.asOf IS NULL OR (r.asOf IS NOT NULL AND date(row.asOf) <= r.asOf) THEN r.asOf ELSE date(row.asOf) END,
    r.sentences = coalesce(r.sentences, []) + [i IN fresh | row.sentences[i]], r.starts = coalesce(r.starts, []) + [i IN fresh | row.starts[i]],
    r.ends = coalesce(r.ends, []) + [i IN fresh | row.ends[i]], r.sources = r.sources + [i IN fresh | row.sources[i]],
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
RETURN count(r) AS offices
