// Plain-driver twin of the benchmark's GraphQL lookup country(key: $code) { id name aliases }: the same
// answer in one query, written for an ISO code (an index seek on Country.iso2).
MATCH (c:Country)
WHERE c.iso2 = $code
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases
