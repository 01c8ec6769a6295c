// Drops one constraint by name; tests use it to return a throwaway database to an empty schema.
DROP CONSTRAINT $name IF EXISTS
