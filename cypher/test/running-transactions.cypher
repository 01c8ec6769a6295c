// Transactions running a given query text fragment, to see whether a timed-out one was ended.
SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE currentQuery CONTAINS $fragment
RETURN transactionId
