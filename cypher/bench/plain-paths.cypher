// Plain-driver twin of the benchmark's GraphQL
// paths(from: $from, to: $to, maxHops: 6) { length steps { relationship direction from { id name } to { id name } } }:
// up to $limit shortest paths of at most 6 fact relationships, with each node's id and name, written
// the fastest way we know for this one question (bidirectional search, types and bound in the pattern).
MATCH (from:GraphNode {id: $from})
MATCH (to:GraphNode {id: $to})
MATCH path = allShortestPaths((from)-[:ATTENDED|HELD_IN|ABOUT|PARTY_TO|SIGNED_AT|HOLDS_OFFICE|REPRESENTS|LOCATED_IN|BASED_IN|MEMBER_OF*..6]-(to))
WITH path
LIMIT $limit
RETURN [n IN nodes(path) | {id: n.id, name: n.name}] AS nodes,
       [rel IN relationships(path) | {type: type(rel), startId: startNode(rel).id}] AS relationships
