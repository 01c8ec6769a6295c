// The agreements of one page of an entity's timeline, for an entity party to a large share of all
// agreements: walks the index of oldestFirstKey (migration 0014) upwards from $afterKey and stops after
// $pageSize of the entity's, as timeline-agreements-few.cypher reads them from its own.
// The walk, pinned: on some statistics the planner scanned every agreement and sorted them instead.
// The filters on what an item is tied to go from the item out to unlabelled nodes, so the planner has
// no index to choose for them: given `(:GraphNode {id: $mentions})` it at times scanned the whole id
// index for each article (15,732 db hits for a page of one, 190 otherwise). The ties' other ends need
// no label: only persons REPRESENT, only countries are represented, HELD_IN ends at places, ABOUT at topics.
MATCH (g:Agreement)
USING INDEX SEEK g:Agreement(oldestFirstKey)
WHERE g.oldestFirstKey > $afterKey AND g.oldestFirstKey >= $fromKey AND g.oldestFirstKey < $toKey
  AND (($fromKey = '' AND $toKey = '~') OR g.date IS NOT NULL)
  AND EXISTS { MATCH (g)<-[:PARTY_TO]-(party) WHERE party.id = $entity }
WITH g ORDER BY g.oldestFirstKey ASC
LIMIT $pageSize
RETURN g.id AS id, toString(g.date) AS date
