// How many agreements match the filter, over all pages: run only when a client asks for totalCount.
// With a party, only its agreements are looked at.
CALL () {
  MATCH (g:Agreement)
  WHERE $party IS NULL
  RETURN g
  UNION ALL
  MATCH (:GraphNode {id: $party})-[:PARTY_TO]->(g:Agreement)
  RETURN g
}
WITH g
WHERE ($from IS NULL OR g.date >= date($from))
  AND ($to IS NULL OR g.date <= date($to))
  AND ($kind IS NULL OR g.kind = $kind)
  AND ($status IS NULL OR g.status = $status)
RETURN count(g) AS totalCount
