// TEST FIXTURE: cypher/load/write-memberships.cypher as it was before provenance became one record per article (issue 16,
// item 2): it appends to index-aligned lists on the tie (sources, sentences, starts, ends). Kept only to
// write a graph the way releases before migration 0016 did, so that the migration is tested on one.
// Stated ties between a country and an organization (member, acceding, observer, partner, candidate).
// Article support is kept apart from reference data: `sources` lists articles, `reference` marks the
// knowledge base's own statement. $memberships holds one row per relationship with the statements of one
// article or of several (stated-ties.ts), `statuses` in article order: an article-supported relationship
// shows the last status stated, a reference one keeps the base's status.
UNWIND $memberships AS row
MATCH (country:Country {id: row.countryId})
MATCH (organization:Organization {id: row.organizationId})
MERGE (country)-[r:MEMBER_OF]->(organization)
// Lock first, then read: articles already among the sources add nothing again (see link-entities.cypher).
SET r.sources = coalesce(r.sources, [])
WITH r, row, [i IN range(0, size(row.sources) - 1) WHERE NOT row.sources[i] IN r.sources] AS fresh
WHERE size(fresh) > 0
WITH r, [i IN fresh | row.statuses[i]] AS statuses, [i IN fresh | row.sources[i]] AS sources, [i IN fresh | row.sentences[i]] AS sentences,
     [i IN fresh | row.starts[i]] AS starts, [i IN fresh | row.ends[i]] AS ends
SET r.status = CASE
      WHEN coalesce(r.reference, false) = false THEN statuses[-1]
      WHEN r.status IS NULL THEN statuses[0]
      ELSE r.status
    END,
    r.statedStatuses = reduce(stated = coalesce(r.statedStatuses, []), status IN statuses |
      CASE WHEN status IN stated THEN stated ELSE stated + status END),
    r.sentences = coalesce(r.sentences, []) + sentences, r.starts = coalesce(r.starts, []) + starts,
    r.ends = coalesce(r.ends, []) + ends, r.sources = r.sources + sources
RETURN count(r) AS memberships
