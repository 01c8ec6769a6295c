// How many persons still carry the :CountriesChanged mark (link-entities and retract-article set it,
// lock-country-meeting-events removes it in the same transaction): none after any write.
MATCH (n:CountriesChanged)
RETURN count(n) AS marked
