// Every country-pair record (migration 0021): its pair, its event, and its key beside the event's.
MATCH (e:Event)-[r:COUNTRY_PAIR]->(e)
RETURN r.pair AS pair, e.id AS eventId, r.oldestFirstKey AS key, e.oldestFirstKey AS eventKey
ORDER BY pair, eventId
