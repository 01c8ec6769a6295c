// Reverses every MET's event list, to stand for a graph whose MET lists undated events first (as the
// loader kept them before migration 0008).
MATCH ()-[met:MET]->()
SET met.eventIds = [i IN range(size(met.eventIds) - 1, 0, -1) | met.eventIds[i]]
