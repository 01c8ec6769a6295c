// How many transactions wait on a lock another holds: a test that holds a transaction open lets the
// other writer run until it waits (or finishes) before going on, instead of sleeping for a guessed time.
SHOW TRANSACTIONS YIELD status
WHERE status STARTS WITH 'Blocked'
RETURN count(*) AS blocked
