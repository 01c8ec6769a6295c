// Each event's id, date and newest-first key, by id.
MATCH (e:Event)
RETURN e.id AS id, toString(e.date) AS date, e.newestFirstKey AS key
ORDER BY id
