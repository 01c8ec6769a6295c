// One entity of a given label by any key a user may type: its id, an ISO code (countries), an acronym
// (organizations), or a name or alias in any language, compared without regard to case.
// $label null means any entity (country, person, organization, place); an id may name any node.
// $phrase is the key as a quoted Lucene phrase for the full-text index.
CALL () {
  MATCH (n:GraphNode {id: $key})
  RETURN n, 0 AS rank
  UNION
  MATCH (n:Country)
  WHERE coalesce($label, 'Country') = 'Country' AND (n.iso2 = toUpper($key) OR n.iso3 = toUpper($key))
  RETURN n, 1 AS rank
  UNION
  MATCH (n:Organization)
  WHERE coalesce($label, 'Organization') = 'Organization' AND toUpper(n.acronym) = toUpper($key)
  RETURN n, 1 AS rank
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', $phrase, {limit: 50}) YIELD node AS n
  WHERE toLower(n.name) = toLower($key) OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = toLower($key))
  RETURN n, 2 AS rank
}
WITH n, rank
WHERE CASE WHEN $label IS NULL
        THEN rank = 0 OR any(label IN labels(n) WHERE label IN ['Country', 'Person', 'Organization', 'Place'])
        ELSE $label IN labels(n) END
RETURN n.id AS id
ORDER BY rank, id
LIMIT 1
