/**
 * The closed sets of values the API shows as enums, each taken from the one place that defines it: the
 * extraction contract (what extraction produces), the knowledge base's schema (what reference data
 * states), the graph layer (what it stores and reads). The graph keeps these internal values; the SDL
 * (schema/vocabulary.graphql) lists the same values in SCREAMING_CASE, and codegen types the resolvers
 * with these types (codegen.yml `enumValues`), so a resolver cannot return a value outside its set and
 * test/unit/api/vocabulary.spec.ts fails when the SDL and a set differ.
 */
import { agreementKindSchema, agreementSchema, eventKindSchema, eventStatusSchema } from '../../extract/contract/extraction-result.ts';
import type { ArticleInput } from '../../extract/document/prepared-article.ts';
import type { EventMode as StoredEventMode } from '../../graph/load/graph-rows.ts';
import type { LoadStatus } from '../../graph/load/load-article.ts';
import { FACT_RELATIONSHIPS } from '../../graph/read/relationship-queries.ts';
import { MEMBERSHIP_STATUSES, ORGANIZATION_KINDS } from '../../knowledge/knowledge-schema.ts';

export const EVENT_KINDS = eventKindSchema.options;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = eventStatusSchema.options;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Compiles only when the list holds every member of the union (a type the graph layer declares without a list). */
type Covers<Union, Listed> = [Exclude<Union, Listed>] extends [never] ? true : never;

/** The modes the loader derives from an event's kind (graph-rows.ts). */
export const EVENT_MODES = ['in_person', 'call', 'gathering'] as const satisfies readonly StoredEventMode[];
export type EventMode = (typeof EVENT_MODES)[number];
true satisfies Covers<StoredEventMode, EventMode>;

export const AGREEMENT_KINDS = agreementKindSchema.options;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_STATUSES = agreementSchema.shape.status.options;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/**
 * The knowledge base's membership statuses, and the one only articles state: joining ("the accession of
 * Belarus to the SCO"). The loader stores an article's "partner_of" as "dialogue partner" with a space
 * where the knowledge base writes "dialogue-partner": storedMembershipStatus reads both.
 */
export const MEMBERSHIP_STATUS_VALUES = [...MEMBERSHIP_STATUSES, 'acceding'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUS_VALUES)[number];

export const ORGANIZATION_KIND_VALUES = ORGANIZATION_KINDS;
export type OrganizationKind = (typeof ORGANIZATION_KIND_VALUES)[number];

/** Every relationship a path may follow: the facts, and the article links (followed only when asked for). */
export const RELATIONSHIP_TYPES = [...FACT_RELATIONSHIPS, 'MENTIONS', 'REPORTED_IN'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** What Neo4j's dbms.components() names its editions. */
export const NEO4J_EDITIONS = ['community', 'enterprise'] as const;
export type Neo4jEdition = (typeof NEO4J_EDITIONS)[number];

/** How ingestArticle reads its text (extraction's input formats). */
export const ARTICLE_FORMATS = ['text', 'html', 'markdown'] as const satisfies ReadonlyArray<NonNullable<ArticleInput['format']>>;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];
true satisfies Covers<NonNullable<ArticleInput['format']>, ArticleFormat>;

/** What loading an article did (the loader's outcomes). */
export const INGEST_STATUSES = ['new', 'unchanged', 'updated'] as const satisfies readonly LoadStatus[];
export type IngestStatus = (typeof INGEST_STATUSES)[number];
true satisfies Covers<LoadStatus, IngestStatus>;

/** The value of a closed set a stored property holds, or undefined for anything else (a graph written by another release). */
export function storedValue<Value extends string>(values: readonly Value[], stored: unknown): Value | undefined {
  return values.find((value) => value === stored);
}

/** A membership status as stored by either writer ("dialogue partner" from articles, "dialogue-partner" from the knowledge base). */
export function storedMembershipStatus(stored: unknown): MembershipStatus | undefined {
  return typeof stored === 'string' ? storedValue(MEMBERSHIP_STATUS_VALUES, stored.trim().replace(/ +/g, '-')) : undefined;
}
