// Every tie's key with how many SUPPORTS records it has, the most-supported first.
MATCH ()-[s:SUPPORTS]->()
RETURN s.fact AS fact, count(s) AS records
ORDER BY records DESC, fact
