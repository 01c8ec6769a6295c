// Every MET relationship (who met whom, kept by the loader): its ends, its meeting count and sort key,
// and the events of its meeting records (migration 0017), newest first as whoMet lists them.
MATCH (a)-[met:MET]->(b)
RETURN a.id AS from, b.id AS to,
       COLLECT { MATCH (a)-[m:MEETING]->(b) RETURN m.event ORDER BY m.newestFirstKey DESC } AS eventIds,
       met.meetingCount AS meetingCount, met.sortKey AS sortKey
ORDER BY from, to
