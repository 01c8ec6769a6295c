// Makes MET what the loader kept before migration 0020: no kept keys of its pair's newest meetings.
MATCH ()-[met:MET]->()
REMOVE met.newestMeetingKeys
