// Every membership with its reference flag and article sources, for checks.
MATCH (country:Country)-[r:MEMBER_OF]->(organization:Organization)
RETURN country.id AS countryId, organization.id AS organizationId, r.status AS status,
       coalesce(r.reference, false) AS reference, coalesce(r.sources, []) AS sources
ORDER BY countryId, organizationId
