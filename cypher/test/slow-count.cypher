// A read that takes many seconds, to check that the transaction timeout ends it.
UNWIND range(1, 2000000000) AS x
RETURN count(x) AS total
