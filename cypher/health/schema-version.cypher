// The highest applied migration: the schema version this database is at.
OPTIONAL MATCH (m:SchemaMigration)
RETURN max(m.version) AS schemaVersion
