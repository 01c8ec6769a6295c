// The Cypher types of the recorded migration versions: they must be integers, not floats.
MATCH (m:SchemaMigration)
RETURN collect(DISTINCT valueType(m.version)) AS types
