// The events whose meeting records a write may have changed (those the written articles, $articleIds,
// report, and $eventIds: those an article reported before it was retracted), each once; and, before
// refresh-meetings.cypher reads and writes their pairs' MET, a lock on every party of those pairs (each
// attendee of the events now, and both ends of each meeting record they had), taken in id order (fewer
// deadlocks between concurrent loads). A set-and-remove takes the write lock and leaves nothing behind.
// Why: MET, one per pair, holds the pair's meeting count, adjusted by each write, and its latest meeting.
// Two loads writing different events of one pair would otherwise both read the count before either
// commits, and one adjustment would be lost. An event's own records need no lock of their own: every
// writer of an event (write-events, retraction) locks the event node first.
CALL () {
  UNWIND $articleIds AS articleId
  MATCH (:Article {id: articleId})<-[:REPORTED_IN]-(e:Event)
  RETURN e.id AS eventId
  UNION
  UNWIND $eventIds AS eventId
  RETURN eventId
}
WITH collect(eventId) AS eventIds
CALL (eventIds) {
  UNWIND eventIds AS eventId
  CALL (eventId) {
    MATCH (:Event {id: eventId})<-[:ATTENDED]-(party)
    RETURN party.id AS id
    UNION
    MATCH (x)-[m:MEETING]->(y)
    USING INDEX SEEK m:MEETING(event)
    WHERE m.event = eventId
    UNWIND [x.id, y.id] AS id
    RETURN id
  }
  WITH DISTINCT id
  ORDER BY id
  MATCH (party:GraphNode {id: id})
  SET party.meetingsLock = true
  REMOVE party.meetingsLock
  RETURN count(party) AS locked
}
RETURN eventIds
