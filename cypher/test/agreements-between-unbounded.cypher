// The agreements two countries are both party to, read as countryRelations read them before their pair
// records (migration 0019): every PARTY_TO of one checked against the other, by date (undated last), then id.
MATCH (a:Country {id: $a})-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(b:Country {id: $b})
WITH agreement ORDER BY agreement.date, agreement.id
RETURN collect(agreement.id) AS agreementIds
