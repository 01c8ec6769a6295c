/** What the event stage knows of entities beyond the sentence it reads. */
/** What the event stage needs to know of entities beyond the sentence: whom a person serves, where a place is. */
export interface EntityCountries {
  countryOf(entityId: string): string | undefined;
  /** The country a person is head of state of in this article, by a title or the base's record. */
  headOfStateOf?(personId: string): string | undefined;
  /** A city (a capital too): what a visit to a country can have taken place in, unlike a region or a sea. */
  isCity?(placeId: string): boolean;
}

/** Organizations that can stand for their members at an encounter ("Heads of state of the OTS met"). */
export interface CollectiveParticipants {
  isCollective(organizationId: string): boolean;
}
