// The shortest paths between two nodes through fact relationships (the API's default types, listed
// here so that Neo4j follows only relationships of these types: MENTIONS, REPORTED_IN and SUPPORTS, which
// dense nodes have by the thousand, are never read), at most $maxHops long (the pattern's bound, 8, is the
// API's ceiling); up to $limit of them, all of the same, shortest length. Bidirectional breadth-first
// search (allShortestPaths). The nodes come back with only the properties the request reads
// ($nodeProperties: values in that order, dates as text) and their kind label; each step with its key
// (`fact`), under which tie-sources.cypher reads a page of its sources when a request asks for them (a
// much-shared tie has thousands). shortest-paths-of-types.cypher is the same for any list of types.
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
       [rel IN relationships(path) | {type: type(rel), startId: startNode(rel).id, status: rel.status, fact: rel.fact}] AS relationships
