// Makes the graph what the loader kept before migration 0019: no agreement pair records.
MATCH (g:Agreement)-[r:PARTY_PAIR]->(g)
DELETE r
