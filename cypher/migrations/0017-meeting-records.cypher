// A pair's shared meetings become one record per meeting (issue 16): instead of MET's `eventIds` list,
// rewritten whole each time the pair meets again (a pair that met a thousand times had a thousand ids
// read, sorted and written back by every load that touched one of its events), each held in-person
// event two parties attended is (a)-[:MEETING {pair, event, newestFirstKey, oldestFirstKey}]->(b), from
// the lower id to the higher, `pair` = "<a.id> <b.id>", `event` the event's id and the two keys the
// event's own (migrations 0012, 0013). MET stays, one per pair, as the pair's summary: `meetingCount`
// and `sortKey`. A load adds the records of the events it wrote and adjusts the count; whoMet and
// meetingsBetween page through a pair's meetings on the indexes below, reading the page, not the pair's
// history (src/graph/load/README.md, "MET, derived").
// Converted in batches, each MET's records written and its list removed in one inner transaction, so
// that a run stopped half-way resumes where it stopped; run again, it finds no list left.
CREATE INDEX meeting_pair_newest_first IF NOT EXISTS FOR ()-[m:MEETING]-() ON (m.pair, m.newestFirstKey);
CREATE INDEX meeting_pair_oldest_first IF NOT EXISTS FOR ()-[m:MEETING]-() ON (m.pair, m.oldestFirstKey);
CREATE INDEX meeting_event IF NOT EXISTS FOR ()-[m:MEETING]-() ON (m.event);
MATCH (a)-[met:MET]->(b)
WHERE met.eventIds IS NOT NULL
CALL (a, met, b) {
  CALL (a, met, b) {
    UNWIND met.eventIds AS eventId
    MATCH (e:Event {id: eventId})
    MERGE (a)-[m:MEETING {event: e.id}]->(b)
    SET m.pair = a.id + ' ' + b.id, m.newestFirstKey = e.newestFirstKey, m.oldestFirstKey = e.oldestFirstKey
    RETURN count(m) AS meetings
  }
  SET met.meetingCount = meetings
  REMOVE met.eventIds
} IN TRANSACTIONS OF 500 ROWS;
MATCH ()-[met:MET]->()
WHERE met.meetingCount = 0
DELETE met;
