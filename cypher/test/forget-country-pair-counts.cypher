// Deletes every country pair's kept counts, as in a graph loaded before migration 0022.
MATCH (counted:CountryPair)
DELETE counted
