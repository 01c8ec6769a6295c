// Turns the meeting records back into MET's event lists (newest first, undated last, one day's by id),
// as the loader kept them before migration 0017, for the tests of the migrations that wrote those lists.
MATCH (a)-[met:MET]->(b)
SET met.eventIds = COLLECT {
  MATCH (a)-[m:MEETING]->(b)
  MATCH (e:Event {id: m.event})
  WITH e ORDER BY e.date IS NULL, e.date DESC, e.id
  RETURN e.id
}
REMOVE met.meetingCount;
MATCH ()-[m:MEETING]->()
DELETE m
