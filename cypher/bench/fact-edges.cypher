// Every relationship of the given types between addressable nodes, as id pairs: the benchmark looks for
// two entities far apart with a breadth-first search over these.
MATCH (a:GraphNode)-[r]->(b:GraphNode)
WHERE type(r) IN $types
RETURN a.id AS a, b.id AS b
