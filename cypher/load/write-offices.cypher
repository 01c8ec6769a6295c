// HOLDS_OFFICE: a person's office in a country or an organization, as articles state it.
// One relationship per (person, holder, title), keyed `fact` = "HOLDS_OFFICE personId holderId title";
// every article that states it adds its record, (:Article)-[:SUPPORTS {fact, ...}]->(person), as in
// link-entities.cypher. $offices holds one row per relationship with the statements of one article or
// of several (stated-ties.ts): the last officeId stated wins, the as-of date is the latest stated (so
// that the order articles are loaded in does not change it), the confidence is the highest.
UNWIND $offices AS row
MATCH (person:Person {id: row.personId})
CALL (row) {
  OPTIONAL MATCH (country:Country {id: row.holderId})
  OPTIONAL MATCH (organization:Organization {id: row.holderId})
  RETURN coalesce(country, organization) AS holder
}
WITH person, holder, row WHERE holder IS NOT NULL
MERGE (person)-[r:HOLDS_OFFICE {title: row.title}]->(holder)
// Setting the key takes the relationship's write lock before officeId, asOf and confidence are read, so a
// concurrent writer of the same office waits instead of overwriting them with a stale read.
SET r.fact = 'HOLDS_OFFICE ' + person.id + ' ' + holder.id + ' ' + row.title
// Articles with a record of this office already add nothing again (one load's facts are written once,
// whatever runs at the same time).
WITH person, holder, r, row,
     [i IN range(0, size(row.sources) - 1) WHERE NOT EXISTS { (:Article {id: row.sources[i]})-[:SUPPORTS {fact: r.fact}]->(person) }] AS fresh
WHERE size(fresh) > 0
SET r.officeId = coalesce(row.officeId, r.officeId),
    r.asOf = CASE WHEN row.asOf IS NULL OR (r.asOf IS NOT NULL AND date(row.asOf) <= r.asOf) THEN r.asOf ELSE date(row.asOf) END,
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
WITH person, holder, r, row, fresh
UNWIND fresh AS i
MATCH (a:Article {id: row.sources[i]})
MERGE (a)-[s:SUPPORTS {fact: r.fact}]->(person)
ON CREATE SET s.to = holder.id, s.sentence = row.sentences[i], s.start = row.starts[i], s.end = row.ends[i], s.newestFirstKey = a.newestFirstKey
RETURN count(DISTINCT r) AS offices
