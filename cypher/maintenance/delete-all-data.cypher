// Empties the database (nodes and relationships, schema kept), in batches so large graphs fit in memory:
// 1,000 nodes a batch, as batches of 10,000 ran out of the transaction memory pool (1 GB heap) emptying
// the 20,000-article benchmark graph.
// Used by tests on their throwaway database; never by the service.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS
