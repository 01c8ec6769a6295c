// Deletes every MET relationship, to check that migration 0007 builds them as the loader keeps them.
MATCH ()-[met:MET]->()
DELETE met
