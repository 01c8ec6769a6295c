/** Country ids are `country:<iso2>`: the knowledge base refuses any other (check-references.ts). */
export const isCountryId = (id: string): boolean => id.startsWith('country:');

/** Two countries' key in their derived pair records (PARTY_PAIR, COUNTRY_PAIR): the two ids, the lower first. */
export const countryPairKey = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);
