// How many persons represent a country: its sides in who-met-of-country.cypher are they and itself.
MATCH (:Country {id: $country})<-[:REPRESENTS]-(rep:Person)
RETURN count(DISTINCT rep) AS count
