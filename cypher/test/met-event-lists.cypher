// MET's event lists and sort keys as the loader kept them before migration 0017 (meetings-as-lists.cypher
// and migrations 0007-0009 write them).
MATCH (a)-[met:MET]->(b)
RETURN a.id AS from, b.id AS to, met.eventIds AS eventIds, met.sortKey AS sortKey
ORDER BY from, to
