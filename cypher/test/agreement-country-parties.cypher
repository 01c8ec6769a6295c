// Each agreement's country parties (ids, in order) and its oldest-first key: what its pair records derive from.
MATCH (party:Country)-[:PARTY_TO]->(g:Agreement)
WITH g, party.id AS partyId
ORDER BY partyId
RETURN g.id AS id, g.oldestFirstKey AS oldestFirstKey, collect(partyId) AS partyIds
ORDER BY id
