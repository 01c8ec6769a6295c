// The events of the meeting records from party $a to party $b (the lower id first), by id.
MATCH (:GraphNode {id: $a})-[m:MEETING]->(:GraphNode {id: $b})
RETURN m.event AS id
ORDER BY id
