// Every mention with the keys it carries for the sources index (migration 0015), in a stable order.
MATCH (a:Article)-[m:MENTIONS]->(n)
RETURN a.id AS article, n.id AS entity, m.entity AS keyEntity, m.newestFirstKey AS newestFirstKey
ORDER BY article, entity
