// Stated ties between a country and an organization (member, acceding, observer, partner, candidate).
// Article support is kept apart from reference data: `sources` lists articles, `reference` marks the
// knowledge base's own statement.
UNWIND $memberships AS row
MATCH (country:Country {id: row.countryId})
MATCH (organization:Organization {id: row.organizationId})
MERGE (country)-[r:MEMBER_OF]->(organization)
SET r.status = CASE WHEN r.status IS NULL OR coalesce(r.reference, false) = false THEN row.status ELSE r.status END,
    r.statedStatuses = CASE WHEN row.status IN coalesce(r.statedStatuses, []) THEN r.statedStatuses ELSE coalesce(r.statedStatuses, []) + row.status END,
    r.sources = coalesce(r.sources, []) + $articleId, r.sentences = coalesce(r.sentences, []) + row.sentence,
    r.starts = coalesce(r.starts, []) + row.start, r.ends = coalesce(r.ends, []) + row.end
RETURN count(r) AS memberships
