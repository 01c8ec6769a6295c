// Up to five shortest paths between two nodes through the allowed relationship types, at most
// $maxHops long (the pattern's own bound, 8, is the API's ceiling). Each step keeps its sources.
MATCH (from:GraphNode {id: $from})
MATCH (to:GraphNode {id: $to})
MATCH path = SHORTEST 5 (from)((x)-[r]-(y) WHERE type(r) IN $types){1,8}(to)
WHERE length(path) <= $maxHops
WITH path
LIMIT $limit
RETURN [n IN nodes(path) | n.id] AS nodeIds,
       [rel IN relationships(path) | {type: type(rel), startId: startNode(rel).id, status: rel.status,
         sources: coalesce(rel.sources, []), sentences: coalesce(rel.sentences, []),
         starts: coalesce(rel.starts, []), ends: coalesce(rel.ends, [])}] AS relationships
