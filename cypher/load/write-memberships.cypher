// Stated ties between a country and an organization (member, acceding, observer, partner, candidate).
// Article support is kept apart from reference data: `sources` lists articles, `reference` marks the
// knowledge base's own statement. $memberships holds one row per relationship with the statements of one
// article or of several (stated-ties.ts), `statuses` in article order: an article-supported relationship
// shows the last status stated, a reference one keeps the base's status.
UNWIND $memberships AS row
MATCH (country:Country {id: row.countryId})
MATCH (organization:Organization {id: row.organizationId})
MERGE (country)-[r:MEMBER_OF]->(organization)
SET r.status = CASE
      WHEN coalesce(r.reference, false) = false THEN row.statuses[-1]
      WHEN r.status IS NULL THEN row.statuses[0]
      ELSE r.status
    END,
    r.statedStatuses = reduce(stated = coalesce(r.statedStatuses, []), status IN row.statuses |
      CASE WHEN status IN stated THEN stated ELSE stated + status END),
    r.sources = coalesce(r.sources, []) + row.sources, r.sentences = coalesce(r.sentences, []) + row.sentences,
    r.starts = coalesce(r.starts, []) + row.starts, r.ends = coalesce(r.ends, []) + row.ends
RETURN count(r) AS memberships
