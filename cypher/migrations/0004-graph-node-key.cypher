// Every node the API can address (entities, events, agreements, articles) also carries :GraphNode, so
// that a lookup by id is one index seek whatever the kind. Ids are unique across kinds (kind-prefixed).
CREATE CONSTRAINT graph_node_id IF NOT EXISTS FOR (n:GraphNode) REQUIRE n.id IS UNIQUE;
