// The agreements of one page of an entity's timeline, for an entity party to a large share of all
// agreements: walks the index of oldestFirstKey (migration 0014) upwards from $afterKey and stops after
// $pageSize of the entity's, as timeline-agreements-few.cypher reads them from its own.
// The walk, pinned: on some statistics the planner scanned every agreement and sorted them instead.
// Ties are checked from the item out to unlabelled nodes: cypher/README.md, "List walks".
MATCH (g:Agreement)
USING INDEX SEEK g:Agreement(oldestFirstKey)
WHERE g.oldestFirstKey > $afterKey AND g.oldestFirstKey >= $fromKey AND g.oldestFirstKey < $toKey
  AND (($fromKey = '' AND $toKey = '~') OR g.date IS NOT NULL)
  AND EXISTS { MATCH (g)<-[:PARTY_TO]-(party) WHERE party.id = $entity }
WITH g ORDER BY g.oldestFirstKey ASC
LIMIT $pageSize
RETURN g.id AS id, toString(g.date) AS date
