// How many nodes carry one label (a parameter, via dynamic label matching), for checks.
MATCH (n)
WHERE $label IN labels(n)
RETURN count(n) AS count
