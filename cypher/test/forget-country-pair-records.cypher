// Deletes every country-pair record, as in a graph loaded before migration 0021.
MATCH (e:Event)-[r:COUNTRY_PAIR]->(e)
DELETE r
