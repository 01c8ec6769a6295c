// MET keeps the keys of its pair's 20 newest meeting records, `newestMeetingKeys` ("YYYY-MM-DD event-id",
// newest first, as the MEETING index holds them): whoMet then shows a page of counterparts' newest
// meetings from their MET alone instead of one index seek per counterpart (a well-connected person's
// page of 20 counterparts read 665 db hits at 100,000 articles, 369 at 10,000, growing with how many
// meetings each counterpart has had). The loader keeps them (refresh-meetings.cypher, KEPT_MEETING_KEYS
// in src/graph/load/meetings.ts); this sets them for a graph loaded before. Run again, it finds no MET
// without them.
MATCH (a)-[met:MET]->(b)
WHERE met.newestMeetingKeys IS NULL
CALL (a, met, b) {
  SET met.newestMeetingKeys = COLLECT {
    MATCH ()-[m:MEETING]->()
    USING INDEX SEEK m:MEETING(pair, newestFirstKey)
    WHERE m.pair = a.id + ' ' + b.id AND m.newestFirstKey IS NOT NULL
    RETURN m.newestFirstKey
    ORDER BY m.pair DESC, m.newestFirstKey DESC
    LIMIT 20
  }
} IN TRANSACTIONS OF 5000 ROWS;
