// Takes away the keys migration 0014 gives: how a graph loaded before it looks.
MATCH (n) WHERE n:Article OR n:Agreement
REMOVE n.oldestFirstKey
WITH n WHERE n:Agreement
REMOVE n.newestFirstKey
