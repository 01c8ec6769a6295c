// How many provenance records the graph holds (one SUPPORTS per article and tie): a second copy of an
// article's facts shows here even when node and relationship counts do not change.
MATCH ()-[s:SUPPORTS]->()
RETURN count(s) AS entries
