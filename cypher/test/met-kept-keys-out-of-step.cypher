// Every MET whose kept keys (newestMeetingKeys, migration 0020) are not the keys of its pair's $keptKeys
// newest meeting records, newest first: none when the loader and the migration keep them right.
MATCH (a)-[met:MET]->(b)
WITH a, b, met, COLLECT {
  MATCH (a)-[m:MEETING]->(b)
  RETURN m.newestFirstKey ORDER BY m.newestFirstKey DESC LIMIT $keptKeys
} AS newest
WHERE met.newestMeetingKeys IS NULL OR met.newestMeetingKeys <> newest
RETURN a.id AS from, b.id AS to, met.newestMeetingKeys AS kept, newest
ORDER BY from, to
