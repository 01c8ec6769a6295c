/**
 * What the entity stage hands to the event stage: the article's entities and office holdings in the
 * contract's shape, and every mention with its place in the text, so that events can ask which persons,
 * countries, organizations and places one sentence names.
 */
import type { Entity, EntityKind, OfficeHolding } from '../contract/extraction-result.ts';

export type MentionForm = 'name' | 'acronym' | 'surname' | 'adjective' | 'demonym' | 'capital-metonym' | 'title-reference';

export interface EntityMention {
  readonly entityId: string;
  readonly kind: EntityKind;
  /** Index into PreparedArticle.sentences. */
  readonly sentenceIndex: number;
  /** Offsets into the article text. */
  readonly start: number;
  readonly end: number;
  readonly form: MentionForm;
  /**
   * Set when the mention is part of a person's description ("Kazakhstan's" in "Kazakhstan's Defense
   * Minister Nurlan Yermekbayev"): it names that person's country or organization, not an actor.
   */
  readonly describesPersonId?: string;
  /** A capital where a title is held ("Ambassador to Moscow"): it says where the person serves, not where anything happened. */
  readonly titleHost?: boolean;
}

export interface EntityAnalysis {
  readonly entities: readonly Entity[];
  readonly offices: readonly OfficeHolding[];
  /** Sorted by start offset. */
  readonly mentions: readonly EntityMention[];
}
