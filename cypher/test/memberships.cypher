// Every membership with its reference flag and the articles supporting it, for checks.
MATCH (country:Country)-[r:MEMBER_OF]->(organization:Organization)
RETURN country.id AS countryId, organization.id AS organizationId, r.status AS status,
       coalesce(r.reference, false) AS reference,
       COLLECT { MATCH (a:Article)-[s:SUPPORTS]->(country) WHERE s.fact = r.fact RETURN a.id ORDER BY a.id } AS sources
ORDER BY countryId, organizationId
