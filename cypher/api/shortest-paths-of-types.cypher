// shortest-paths.cypher for any list of relationship types ($types): the shortest paths between two
// nodes, at most $maxHops long (8 at most), up to $limit of them, all of the same, shortest length.
// The type test runs inside the breadth-first search, but on every relationship of each node reached.
MATCH (from:GraphNode {id: $from})
MATCH (to:GraphNode {id: $to})
WHERE from <> to
MATCH path = allShortestPaths((from)-[*..8]-(to))
WHERE all(rel IN relationships(path) WHERE type(rel) IN $types)
WITH path
WHERE length(path) <= $maxHops
LIMIT $limit
RETURN [n IN nodes(path) | n.id] AS nodeIds,
       [n IN nodes(path) | {
          label: [l IN labels(n) WHERE l <> 'GraphNode'][0],
          values: [key IN $nodeProperties | CASE WHEN n[key] IS :: DATE THEN toString(n[key]) ELSE n[key] END]
        }] AS nodes,
       [rel IN relationships(path) | {type: type(rel), startId: startNode(rel).id, status: rel.status, fact: rel.fact}] AS relationships
