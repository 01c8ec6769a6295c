// Deletes every relationship, in batches of relationships, before delete-all-data deletes the nodes: a
// batch of nodes deleted with their relationships holds every relationship of those nodes in one
// transaction, and since each article's support of a tie is a relationship of its own (SUPPORTS), a
// batch holding Kazakhstan held tens of thousands (a graph of 10,000 generated articles then exceeded
// Neo4j's transaction memory pool). Used by tests and benchmarks on their throwaway database only.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
