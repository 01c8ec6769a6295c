// The agreements a country is party to in one year, with the other parties.
// First: :param country => 'country:kz'  and  :param year => 2022
MATCH (c:Country {id: $country})-[:PARTY_TO]->(g:Agreement)
WHERE g.year = $year
OPTIONAL MATCH (other)-[:PARTY_TO]->(g) WHERE other <> c
RETURN g.name AS agreement, g.kind AS kind, g.status AS status, toString(g.date) AS date, collect(other.name) AS withParties
ORDER BY date
