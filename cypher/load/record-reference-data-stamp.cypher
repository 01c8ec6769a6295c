// Records which reference data the graph now holds (see reference-data-stamp.cypher).
MERGE (stamp:ReferenceDataStamp {id: 'reference-data'})
SET stamp.hash = $hash, stamp.version = $version
