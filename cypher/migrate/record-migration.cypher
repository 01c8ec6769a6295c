// Marks one migration as applied. MERGE keeps two instances starting at once from recording it twice.
MERGE (m:SchemaMigration {version: $version})
ON CREATE SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()
RETURN m.version AS version
