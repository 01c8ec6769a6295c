// Who met whom, one page: the counterparts of a party in the events they attended together, the most
// recently met first and those met only at undated events last, after a (sortKey, id) cursor, with the
// total count, all from the MET relationships the loader keeps (one per pair, with the shared events
// newest first and the sort key). A country also met whoever its representatives met (not counting its
// own representatives). Only the page's counterparts and their meetings (newest first) are read out,
// with only the properties the request reads ($counterpartProperties, $eventProperties: values in that
// order, dates as text) and their kind label. No counterparts when the party does not exist or met
// nobody.
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
  // A country met whom it or any of its representatives met, its own representatives aside: the union
  // of their MET, sorted by the latest of them, with the events of all.
  CALL (party) {
    RETURN party AS side
    UNION
    MATCH (party)<-[:REPRESENTS]-(side:Person)
    RETURN side
  }
  MATCH (side)-[met:MET]-(other)
  WHERE other <> party AND NOT (other)-[:REPRESENTS]->(party)
  WITH other, min(met.sortKey) AS sortKey, collect(met) AS mets
  ORDER BY sortKey, other.id
  WITH collect({other: other, sortKey: sortKey, mets: mets}) AS ranked
  WITH size(ranked) AS totalCount,
       [row IN ranked WHERE $afterId IS NULL
          OR row.sortKey > $afterKey
          OR (row.sortKey = $afterKey AND row.other.id > $afterId)][0..$pageSize] AS page
  RETURN totalCount,
         [row IN page | {other: row.other, sortKey: row.sortKey, eventIds: COLLECT {
            UNWIND row.mets AS met
            UNWIND met.eventIds AS eventId
            WITH DISTINCT eventId
            MATCH (e:GraphNode {id: eventId})
            WITH e ORDER BY e.date DESC, e.id
            RETURN e.id
          }}] AS page
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
