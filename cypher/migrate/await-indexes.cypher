// Blocks until every index is online, so the first queries after start-up can use them.
CALL db.awaitIndexes(300)
