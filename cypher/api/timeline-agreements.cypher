// The agreements of one page of an entity's timeline (its events: timeline-events-*.cypher): those it
// is party to, oldest first (undated last; one day's by id), within the dates, after the cursor's
// position ($afterSortKey: the day as YYYYMMDD, undated 100000000, doubled, plus 1 for an agreement, as
// the API's cursors hold it; lists compare element by element), $pageSize at most. An entity is party
// to far fewer agreements than it has events: its own are read and the page kept with ORDER BY ... LIMIT.
MATCH (:GraphNode {id: $entity})-[:PARTY_TO]->(a:Agreement)
WHERE ($from IS NULL OR a.date >= date($from)) AND ($to IS NULL OR a.date <= date($to))
WITH a, 2 * CASE WHEN a.date IS NULL THEN 100000000 ELSE a.date.year * 10000 + a.date.month * 100 + a.date.day END + 1 AS sortKey
WHERE $afterId IS NULL OR [sortKey, a.id] > [$afterSortKey, $afterId]
RETURN a.id AS id, toString(a.date) AS date
ORDER BY sortKey, a.id
LIMIT $pageSize
