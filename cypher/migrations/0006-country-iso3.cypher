// Lookups by a three-letter ISO code (country(key: "KAZ")) seek an index, like two-letter ones.
CREATE INDEX country_iso3 IF NOT EXISTS FOR (n:Country) ON (n.iso3);
