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
SET r.officeId = coalesce(row.officeId, r.officeId),
    r.asOf = CASE WHEN row.asOf IS NULL OR (r.asOf IS NOT NULL AND date(row.asOf) <= r.asOf) THEN r.asOf ELSE date(row.asOf) END,
    r.sources = coalesce(r.sources, []) + row.sources, r.sentences = coalesce(r.sentences, []) + row.sentences,
    r.starts = coalesce(r.starts, []) + row.starts, r.ends = coalesce(r.ends, []) + row.ends,
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
RETURN count(r) AS offices
