// Deletes every MET relationship and meeting record, to check that migrations 0007 and 0017 build them
// as the loader keeps them.
MATCH ()-[met:MET|MEETING]->()
DELETE met
