// After a new knowledge-base version is written: memberships the base no longer states lose their
// reference backing, and go when no article supports them either.
MATCH (:Country)-[r:MEMBER_OF]->(:Organization)
WHERE r.reference = true AND r.referenceVersion <> $version
SET r.reference = false, r.referenceStatus = null, r.referenceVersion = null, r.referenceAsOf = null
WITH r
WHERE size(coalesce(r.sources, [])) = 0
DELETE r
RETURN count(*) AS retracted
