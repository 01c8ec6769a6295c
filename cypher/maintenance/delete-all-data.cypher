// Empties the database (nodes and relationships, schema kept), in batches so large graphs fit in memory.
// Used by tests on their throwaway database; never by the service.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
