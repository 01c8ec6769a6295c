// After a new knowledge-base version is written: memberships the base no longer states lose their
// reference backing, and go when no article supports them either (no SUPPORTS record under their key:
// the index seek of migration 0016).
MATCH (:Country)-[r:MEMBER_OF]->(:Organization)
WHERE r.reference = true AND r.referenceVersion <> $version
SET r.reference = false, r.referenceStatus = null, r.referenceVersion = null, r.referenceAsOf = null
WITH r
WHERE NOT EXISTS { MATCH ()-[s:SUPPORTS]->() WHERE s.fact = r.fact AND s.newestFirstKey IS NOT NULL }
DELETE r
RETURN count(*) AS retracted
