// The shortest paths between two nodes through fact relationships (the API's default types, listed
// here so that Neo4j follows only relationships of these types: MENTIONS and REPORTED_IN, which dense
// nodes have by the thousand, are never read), at most $maxHops long (the pattern's bound, 8, is the
// API's ceiling); up to $limit of them, all of the same, shortest length. Bidirectional breadth-first
// search (allShortestPaths); each step keeps its sources, and the nodes come back as nodes-by-id.cypher
// shapes them. shortest-paths-of-types.cypher is the same for any list of types.
// relationship-queries.ts's FACT_RELATIONSHIPS must name the same types (a unit test checks).
MATCH (from:GraphNode {id: $from})
MATCH (to:GraphNode {id: $to})
WHERE from <> to
MATCH path = allShortestPaths((from)-[:ATTENDED|HELD_IN|ABOUT|PARTY_TO|SIGNED_AT|HOLDS_OFFICE|REPRESENTS|LOCATED_IN|BASED_IN|MEMBER_OF*..8]-(to))
WITH path
WHERE length(path) <= $maxHops
LIMIT $limit
RETURN [n IN nodes(path) | n.id] AS nodeIds,
       [n IN nodes(path) | n {.*, body: null, label: [l IN labels(n) WHERE l <> 'GraphNode'][0],
                              date: toString(n.date), publishedAt: toString(n.publishedAt), loadedAt: null}] AS nodes,
       [rel IN relationships(path) | {type: type(rel), startId: startNode(rel).id, status: rel.status,
         sources: coalesce(rel.sources, []), sentences: coalesce(rel.sentences, []),
         starts: coalesce(rel.starts, []), ends: coalesce(rel.ends, [])}] AS relationships
