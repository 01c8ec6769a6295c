// The shortest paths between two nodes through fact relationships (the API's default types, listed
// here so that Neo4j follows only relationships of these types: MENTIONS and REPORTED_IN, which dense
// nodes have by the thousand, are never read), at most $maxHops long (the pattern's bound, 8, is the
// API's ceiling); up to $limit of them, all of the same, shortest length. Bidirectional breadth-first
// search (allShortestPaths). The nodes come back with only the properties the request reads
// ($nodeProperties: values in that order, dates as text) and their kind label, and the steps' sources
// only when asked for ($withSources): provenance lists of much-shared relationships grow with the corpus. shortest-paths-of-types.cypher is the same for any list of types.
// relationship-queries.ts's FACT_RELATIONSHIPS must name the same types (a unit test checks).
MATCH (from:GraphNode {id: $from})
MATCH (to:GraphNode {id: $to})
WHERE from <> to
MATCH path = allShortestPaths((from)-[:ATTENDED|HELD_IN|ABOUT|PARTY_TO|SIGNED_AT|HOLDS_OFFICE|REPRESENTS|LOCATED_IN|BASED_IN|MEMBER_OF*..8]-(to))
WITH path
WHERE length(path) <= $maxHops
LIMIT $limit
RETURN [n IN nodes(path) | n.id] AS nodeIds,
       [n IN nodes(path) | {
          label: [l IN labels(n) WHERE l <> 'GraphNode'][0],
          values: [key IN $nodeProperties | CASE WHEN n[key] IS :: DATE THEN toString(n[key]) ELSE n[key] END]
        }] AS nodes,
       [rel IN relationships(path) | {type: type(rel), startId: startNode(rel).id, status: rel.status,
         sources: CASE WHEN $withSources THEN coalesce(rel.sources, []) ELSE [] END,
         sentences: CASE WHEN $withSources THEN coalesce(rel.sentences, []) ELSE [] END,
         starts: CASE WHEN $withSources THEN coalesce(rel.starts, []) ELSE [] END,
         ends: CASE WHEN $withSources THEN coalesce(rel.ends, []) ELSE [] END}] AS relationships
