// The content hash of the reference data last written (countries, organizations, memberships of the
// knowledge base), so that a start or load writes it again only when it changed.
OPTIONAL MATCH (stamp:ReferenceDataStamp {id: 'reference-data'})
RETURN stamp.hash AS hash
