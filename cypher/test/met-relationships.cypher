// Every MET relationship (who met whom, kept by the loader): its ends, shared events and sort key.
MATCH (a)-[met:MET]->(b)
RETURN a.id AS from, b.id AS to, met.eventIds AS eventIds, met.sortKey AS sortKey
ORDER BY from, to
