// One entity of a given label by any key a user may type: its id, an ISO code (countries), an acronym
// (organizations), or a name or alias in any language, compared without regard to case. Each way is
// tried only when the ways before it found nothing, so a lookup by id or code never touches the
// full-text index. $label null means any entity (country, person, organization, place; by id, any node).
// $phrase is the key as a quoted Lucene phrase for the full-text index.
// The node comes back as nodes-by-id.cypher shapes it, so the API needs no second read; or, when
// $properties lists some, as just their values in that order (dates as text), for a request that reads
// only those.
OPTIONAL MATCH (byId:GraphNode {id: $key})
WHERE $label IS NULL OR $label IN labels(byId)
OPTIONAL CALL (byId) {
  WITH byId
  WHERE byId IS NULL
  CALL () {
    MATCH (n:Country)
    WHERE coalesce($label, 'Country') = 'Country' AND n.iso2 = toUpper($key)
    RETURN n
    UNION
    MATCH (n:Country)
    WHERE coalesce($label, 'Country') = 'Country' AND n.iso3 = toUpper($key)
    RETURN n
    UNION
    MATCH (n:Organization)
    WHERE coalesce($label, 'Organization') = 'Organization' AND toUpper(n.acronym) = toUpper($key)
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
  WHERE (CASE WHEN $label IS NULL THEN any(label IN labels(n) WHERE label IN ['Country', 'Person', 'Organization', 'Place'])
              ELSE $label IN labels(n) END)
    AND (toLower(n.name) = toLower($key) OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = toLower($key)))
  RETURN n AS byName
  ORDER BY n.id
  LIMIT 1
}
WITH coalesce(byId, byCode, byName) AS n
WHERE n IS NOT NULL
RETURN [l IN labels(n) WHERE l <> 'GraphNode'][0] AS label,
       CASE WHEN $properties IS NULL
            THEN n {.*, body: null, date: toString(n.date), publishedAt: toString(n.publishedAt), loadedAt: null} END AS node,
       [key IN coalesce($properties, []) | CASE WHEN n[key] IS :: DATE THEN toString(n[key]) ELSE n[key] END] AS values
