// Drops one index by name; tests use it to return a throwaway database to an empty schema.
DROP INDEX $name IF EXISTS
