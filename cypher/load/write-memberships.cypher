// Stated ties between a country and an organization (member, acceding, observer, partner, candidate).
// Article support is kept apart from reference data: each stating article adds its record,
// (:Article)-[:SUPPORTS {fact, ...}]->(country) as in link-entities.cypher, while `reference` marks the
// knowledge base's own statement. $memberships holds one row per relationship with the statements of one
// article or of several (stated-ties.ts), `statuses` in article order: an article-supported relationship
// shows the last status stated, a reference one keeps the base's status.
UNWIND $memberships AS row
MATCH (country:Country {id: row.countryId})
MATCH (organization:Organization {id: row.organizationId})
MERGE (country)-[r:MEMBER_OF]->(organization)
// Setting the key takes the relationship's write lock before its status is read (see write-offices.cypher).
SET r.fact = 'MEMBER_OF ' + country.id + ' ' + organization.id
// Articles with a record of this membership already add nothing again.
WITH country, organization, r, row,
     [i IN range(0, size(row.sources) - 1) WHERE NOT EXISTS { (:Article {id: row.sources[i]})-[:SUPPORTS {fact: r.fact}]->(country) }] AS fresh
WHERE size(fresh) > 0
WITH country, organization, r, row, fresh, [i IN fresh | row.statuses[i]] AS statuses
SET r.status = CASE
      WHEN coalesce(r.reference, false) = false THEN statuses[-1]
      WHEN r.status IS NULL THEN statuses[0]
      ELSE r.status
    END,
    r.statedStatuses = reduce(stated = coalesce(r.statedStatuses, []), status IN statuses |
      CASE WHEN status IN stated THEN stated ELSE stated + status END)
WITH country, organization, r, row, fresh
UNWIND fresh AS i
MATCH (a:Article {id: row.sources[i]})
MERGE (a)-[s:SUPPORTS {fact: r.fact}]->(country)
ON CREATE SET s.to = organization.id, s.sentence = row.sentences[i], s.start = row.starts[i], s.end = row.ends[i], s.newestFirstKey = a.newestFirstKey
RETURN count(DISTINCT r) AS memberships
