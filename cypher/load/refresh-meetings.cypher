// Keeps the meeting records and MET, "these two met in person", exact for the events a write may have
// changed ($eventIds, from lock-meeting-pairs.cypher, which has locked every party of their pairs in this
// transaction). A held in-person event (not a call, not a summit they both attended, not a planned,
// cancelled or denied meeting) has one record per pair of its attendees,
// (a)-[:MEETING {pair, event, newestFirstKey, oldestFirstKey}]->(b), from the lower id to the higher,
// with the event's own keys; any other event, or one gone, has none (migration 0017).
// For each event: the records of pairs that no longer both attend it (or of an event no longer held in
// person, or gone) go; the others take the event's keys again (a report may have given it a date); the
// missing ones are created. Each changed pair's MET (one per pair, lower id to higher) then takes its
// meeting count, adjusted by what was created and deleted, its ends' ids (whoMet seeks a party's MET on
// them, migration 0018), the keys of its $keptKeys newest records (an index seek stopped there: whoMet
// shows a counterpart's newest meetings from them with no index read, migration 0020) and its sort key
// from the newest: the latest date as YYYYMMDD negated, 100000000 when all its meetings are undated, so
// they sort last. A pair left with no meeting loses its MET.
// The cost is the events' attendees, not the pairs' history: no pair's other meetings are read.
UNWIND $eventIds AS eventId
OPTIONAL MATCH (e:Event {id: eventId})
WITH eventId, e,
     CASE WHEN e IS NOT NULL AND e.status = 'held' AND e.mode = 'in_person'
          THEN COLLECT { MATCH (a)-[:ATTENDED]->(e)<-[:ATTENDED]-(b) WHERE a.id < b.id RETURN [a, b] }
          ELSE [] END AS attending
CALL (eventId) {
  MATCH (x)-[m:MEETING]->(y)
  USING INDEX SEEK m:MEETING(event)
  WHERE m.event = eventId
  RETURN collect({meeting: m, pair: [x, y]}) AS recorded
}
CALL (e, attending, recorded) {
  UNWIND recorded AS record
  WITH record
  WHERE NOT record.pair IN attending
  WITH record.meeting AS meeting, record.pair AS pair
  DELETE meeting
  RETURN pair, -1 AS change
  UNION ALL
  UNWIND recorded AS record
  WITH e, record
  WHERE record.pair IN attending
  WITH e, record.meeting AS meeting, record.pair AS pair
  SET meeting.newestFirstKey = e.newestFirstKey, meeting.oldestFirstKey = e.oldestFirstKey
  RETURN pair, 0 AS change
  UNION ALL
  UNWIND attending AS pair
  WITH e, pair
  WHERE NONE(record IN recorded WHERE record.pair = pair)
  WITH e, pair, pair[0] AS a, pair[1] AS b
  CREATE (a)-[:MEETING {pair: a.id + ' ' + b.id, event: e.id, newestFirstKey: e.newestFirstKey, oldestFirstKey: e.oldestFirstKey}]->(b)
  RETURN pair, 1 AS change
}
WITH pair, sum(change) AS change
WITH pair[0] AS a, pair[1] AS b, change
OPTIONAL MATCH (a)-[met:MET]->(b)
WITH a, b, met, coalesce(met.meetingCount, 0) + change AS meetingCount
WITH a, b, met, meetingCount, COLLECT {
  MATCH ()-[newest:MEETING]->()
  USING INDEX SEEK newest:MEETING(pair, newestFirstKey)
  WHERE newest.pair = a.id + ' ' + b.id AND newest.newestFirstKey IS NOT NULL
  RETURN newest.newestFirstKey
  ORDER BY newest.pair DESC, newest.newestFirstKey DESC
  LIMIT $keptKeys
} AS newestKeys
WITH a, b, met, meetingCount, newestKeys, newestKeys[0] AS newestKey
FOREACH (_ IN CASE WHEN meetingCount <= 0 AND met IS NOT NULL THEN [1] ELSE [] END | DELETE met)
FOREACH (_ IN CASE WHEN meetingCount > 0 THEN [1] ELSE [] END |
  MERGE (a)-[kept:MET]->(b)
  SET kept.fromId = a.id, kept.toId = b.id, kept.meetingCount = meetingCount, kept.newestMeetingKeys = newestKeys,
      kept.sortKey = CASE WHEN newestKey STARTS WITH '0000-00-00' THEN 100000000
                          ELSE -toInteger(replace(substring(newestKey, 0, 10), '-', '')) END)
