// TEST FIXTURE for graphs with provenance lists (before migration 0016; see write-events.cypher here).
// How many provenance entries the relationships carry in all: a second copy of an article's facts
// shows here even when node and relationship counts do not change.
MATCH ()-[r]->()
RETURN sum(size(coalesce(r.sources, []))) AS entries
