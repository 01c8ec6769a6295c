// Who met whom, one page: the counterparts of a party in the events they attended together, the most
// recently met first and those met only at undated events last, after a (sortKey, id) cursor, with the
// total count. A person or organization reads its MET relationships, which the loader keeps (one per
// pair, with the shared events newest first and the sort key); a country also met whoever its
// representatives met (not counting its own representatives), so its counterparts are gathered from the
// attendances. Only the page's counterparts and their meetings (newest first) are read out, with only the
// properties the request reads ($counterpartProperties, $eventProperties: values in that order, dates as
// text) and their kind label. No counterparts when the party does not exist or met nobody.
MATCH (party:GraphNode {id: $party})
CALL (party) {
  WITH party
  WHERE NOT party:Country
  // The page straight from MET's sort keys (a top-k, not a sort of all), and the count from the degree.
  CALL (party) {
    MATCH (party)-[met:MET]-(other)
    WITH other, met, met.sortKey AS sortKey
    WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND other.id > $afterId)
    RETURN other, met, sortKey
    ORDER BY sortKey, other.id
    LIMIT $pageSize
  }
  WITH party, collect({other: other, sortKey: sortKey, eventIds: met.eventIds}) AS page
  RETURN COUNT { (party)-[:MET]-() } AS totalCount, page
  UNION ALL
  WITH party
  WHERE party:Country
  CALL (party) {
    MATCH (party)-[:ATTENDED]->(e:Event)
    RETURN e
    UNION
    MATCH (party)<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e:Event)
    RETURN e
  }
  MATCH (other)-[:ATTENDED]->(e)
  WHERE other <> party AND NOT (other)-[:REPRESENTS]->(party)
  WITH other, e ORDER BY e.date DESC, e.id
  WITH other, collect(e.id) AS eventIds, max(e.date) AS latest
  // The same sort key as MET's.
  WITH other, eventIds, CASE WHEN latest IS NULL THEN 100000000
                             ELSE -(latest.year * 10000 + latest.month * 100 + latest.day) END AS sortKey
  ORDER BY sortKey, other.id
  WITH collect({other: other, sortKey: sortKey, eventIds: eventIds}) AS ranked
  RETURN size(ranked) AS totalCount,
         [row IN ranked WHERE $afterId IS NULL
            OR row.sortKey > $afterKey
            OR (row.sortKey = $afterKey AND row.other.id > $afterId)][0..$pageSize] AS page
}
RETURN totalCount,
       [row IN page | {
          counterpartId: row.other.id,
          sortKey: row.sortKey,
          label: [l IN labels(row.other) WHERE l <> 'GraphNode'][0],
          values: [key IN $counterpartProperties | CASE WHEN row.other[key] IS :: DATE THEN toString(row.other[key]) ELSE row.other[key] END],
          meetings: [eventId IN row.eventIds | COLLECT {
            MATCH (e:GraphNode {id: eventId})
            RETURN {
              label: [l IN labels(e) WHERE l <> 'GraphNode'][0],
              values: [key IN $eventProperties | CASE WHEN e[key] IS :: DATE THEN toString(e[key]) ELSE e[key] END]
            }
          }[0]]
        }] AS counterparts
