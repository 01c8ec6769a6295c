// Per relationship type: how many relationships carry provenance, how many entries they hold in all, and
// the most any one holds (a city's LOCATED_IN, a head of state's REPRESENTS): a second copy of some
// article's facts, or an entry lost to a concurrent write, shows here even when counts of nodes and
// relationships do not change.
MATCH ()-[r]->()
WHERE r.sources IS NOT NULL
RETURN type(r) AS type, count(r) AS relationships, sum(size(r.sources)) AS entries, max(size(r.sources)) AS largest
ORDER BY type
