// Every node and every relationship with its properties, for comparing two graphs (loaded one article
// at a time, or in batches): the same data gives the same rows. Nodes are named by their id.
CALL () {
  MATCH (n)
  WHERE NOT n:SchemaMigration
  RETURN collect({labels: labels(n), properties: properties(n)}) AS nodes
}
CALL () {
  MATCH (from)-[r]->(to)
  RETURN collect({from: from.id, type: type(r), to: to.id, properties: properties(r)}) AS relationships
}
RETURN nodes, relationships
