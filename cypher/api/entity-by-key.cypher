// One entity by any key a user may type: its id, an ISO code (countries), an acronym (organizations),
// or a name or alias in any language, compared without regard to case. Each way is tried only when the
// ways before it found nothing, so a lookup by id or code never touches the full-text index.
// The caller says which ways apply to the label it wants (find-entity.ts): $idLabel (null: any node by
// id), $byCode (ISO codes), $byAcronym, $nameLabels (the labels a name may belong to); $phrase is the
// key as a quoted Lucene phrase for the full-text index.
// The node comes back as its kind label and the values of $properties in that order (dates as text):
// a request reads only what it selects.
OPTIONAL MATCH (byId:GraphNode {id: $key})
WHERE $idLabel IS NULL OR $idLabel IN labels(byId)
OPTIONAL CALL (byId) {
  WITH byId
  WHERE byId IS NULL
  // Each way in a subquery of its own behind its flag: with the flag in the same WHERE the planner
  // scanned every organization for an acronym on a lookup by ISO code (country "KZ" at 100,000 articles:
  // 39 -> 10 db hits).
  CALL () {
    WITH $byCode AS wanted WHERE wanted
    CALL () {
      MATCH (n:Country) WHERE n.iso2 = toUpper($key) RETURN n
      UNION
      MATCH (n:Country) WHERE n.iso3 = toUpper($key) RETURN n
    }
    RETURN n
    UNION
    WITH $byAcronym AS wanted WHERE wanted
    CALL () {
      MATCH (n:Organization) WHERE toUpper(n.acronym) = toUpper($key) RETURN n
    }
    RETURN n
  }
  RETURN n AS byCode
  ORDER BY n.id
  LIMIT 1
}
OPTIONAL CALL (byId, byCode) {
  WITH byId, byCode
  WHERE byId IS NULL AND byCode IS NULL
  CALL db.index.fulltext.queryNodes('entity_names', $phrase, {limit: 50}) YIELD node AS n
  WITH n
  WHERE any(label IN labels(n) WHERE label IN $nameLabels)
    AND any(name IN [n.name] + coalesce(n.aliases, []) WHERE toLower(name) = toLower($key))
  RETURN n AS byName
  ORDER BY n.id
  LIMIT 1
}
WITH coalesce(byId, byCode, byName) AS n
WHERE n IS NOT NULL
RETURN [l IN labels(n) WHERE l <> 'GraphNode'][0] AS label,
       [key IN $properties | CASE WHEN n[key] IS :: DATE THEN toString(n[key]) ELSE n[key] END] AS values
