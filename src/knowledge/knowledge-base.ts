import type {
  AmbiguousName,
  Country,
  Office,
  OfficeQualifier,
  Organization,
  Paradigm,
  Person,
  PlaceRecord,
  Topic,
} from './knowledge-schema.ts';
import type { NameIndex } from './name-index.ts';

/** A place of places.json, or a capital taken from countries.json (then capitalOf names its country). */
export interface Place extends PlaceRecord {
  readonly capitalOf?: string;
}

export type KnowledgeEntity =
  | { readonly kind: 'country'; readonly record: Country }
  | { readonly kind: 'org'; readonly record: Organization }
  | { readonly kind: 'person'; readonly record: Person }
  | { readonly kind: 'place'; readonly record: Place }
  | { readonly kind: 'topic'; readonly record: Topic }
  | { readonly kind: 'office'; readonly record: Office };

/** The validated, indexed and frozen content of data/knowledge/. */
export interface KnowledgeBase {
  readonly version: string;
  /** The date the memberships and current offices are true of. */
  readonly asOf: string;
  readonly countries: readonly Country[];
  readonly organizations: readonly Organization[];
  readonly offices: readonly Office[];
  readonly officeQualifiers: readonly OfficeQualifier[];
  readonly persons: readonly Person[];
  /** places.json followed by the capital of every country. */
  readonly places: readonly Place[];
  readonly topics: readonly Topic[];
  readonly paradigms: readonly Paradigm[];
  readonly ambiguousNames: readonly AmbiguousName[];
  /** Country, organization, person, place and topic names, acronyms, adjectives and demonyms. */
  readonly names: NameIndex;
  /** Office titles such as "Foreign Minister" or "міністр оборони". */
  readonly officeTitles: NameIndex;
  entity(id: string): KnowledgeEntity | undefined;
}
