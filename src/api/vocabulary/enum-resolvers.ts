/**
 * The internal value of each enum value of the SDL: the API's enums are the closed sets of
 * closed-sets.ts in SCREAMING_CASE ("phone_call" is PHONE_CALL, "dialogue-partner" DIALOGUE_PARTNER).
 * Arguments reach the resolvers as the stored values, and a resolver's value outside the set fails
 * serialization instead of reaching a client.
 */
import type { Resolvers } from '../generated/resolvers-types.ts';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  ARTICLE_FORMATS,
  EVENT_KINDS,
  EVENT_MODES,
  EVENT_STATUSES,
  INGEST_STATUSES,
  MEMBERSHIP_STATUS_VALUES,
  NEO4J_EDITIONS,
  ORGANIZATION_KIND_VALUES,
  RELATIONSHIP_TYPES,
} from './closed-sets.ts';

type ScreamingCase<Value extends string> = Value extends `${infer Head}${'-' | ' '}${infer Tail}`
  ? ScreamingCase<`${Head}_${Tail}`>
  : Uppercase<Value>;

/** The GraphQL name of an internal value: upper case, words joined by underscores. */
export function screamingCase<Value extends string>(value: Value): ScreamingCase<Value> {
  return value.replace(/[- ]/g, '_').toUpperCase() as ScreamingCase<Value>;
}

/** An enum's resolver map: each GraphQL name to its internal value. */
export function enumOf<const Value extends string>(values: readonly Value[]): { [Name in Value as ScreamingCase<Name>]: Name } {
  return Object.fromEntries(values.map((value) => [screamingCase(value), value])) as { [Name in Value as ScreamingCase<Name>]: Name };
}

export const enumResolvers = {
  EventKind: enumOf(EVENT_KINDS),
  EventStatus: enumOf(EVENT_STATUSES),
  EventMode: enumOf(EVENT_MODES),
  AgreementKind: enumOf(AGREEMENT_KINDS),
  AgreementStatus: enumOf(AGREEMENT_STATUSES),
  MembershipStatus: enumOf(MEMBERSHIP_STATUS_VALUES),
  OrganizationKind: enumOf(ORGANIZATION_KIND_VALUES),
  RelationshipType: enumOf(RELATIONSHIP_TYPES),
  Neo4jEdition: enumOf(NEO4J_EDITIONS),
  ArticleFormat: enumOf(ARTICLE_FORMATS),
  IngestStatus: enumOf(INGEST_STATUSES),
} satisfies Resolvers;
