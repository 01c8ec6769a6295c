// How many meeting keys each MET keeps (newestMeetingKeys, migration 0020), most first.
MATCH (a)-[met:MET]->(b)
RETURN a.id AS from, b.id AS to, size(met.newestMeetingKeys) AS kept
ORDER BY kept DESC, from, to
