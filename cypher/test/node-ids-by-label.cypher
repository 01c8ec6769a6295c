// The ids of the nodes with one label, sorted.
MATCH (n)
WHERE $label IN labels(n)
RETURN n.id AS id
ORDER BY id
