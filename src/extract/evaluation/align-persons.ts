import type { Entity } from '../contract/extraction-result.ts';
import type { GoldPerson } from './gold-schema.ts';
import { matchOneToOne, type Matching } from './match-one-to-one.ts';
import { anyNameMatches } from './name-match.ts';

const SAME_ID = 100;
const SAME_NAME = 10;

export interface PersonAlignment {
  matching: Matching<GoldPerson, Entity>;
  /**
   * The key a person stands under when events and offices are compared: "gold:<index>" for a person
   * matched to the gold, the extracted id otherwise, so that an unmatched person never meets a gold one.
   */
  keyOf(extractedPersonId: string): string;
}

export function goldPersonKey(index: number): string {
  return `gold:${index}`;
}

/**
 * Which extracted person is which gold person: the same knowledge-base id first; otherwise the same
 * name in any spelling, unless extraction linked the person to a different record of the base (a
 * wrong link is a miss, not a match).
 */
export function alignPersons(gold: readonly GoldPerson[], entities: readonly Entity[]): PersonAlignment {
  const persons = entities.filter((entity) => entity.kind === 'person');
  const matching = matchOneToOne(gold, persons, (goldPerson, entity) => {
    if (goldPerson.id !== null && entity.id === goldPerson.id) return SAME_ID;
    if (goldPerson.id !== null && entity.known) return undefined;
    return anyNameMatches([goldPerson.name, ...goldPerson.aliases], [entity.name, ...entity.aliases]) ? SAME_NAME : undefined;
  });
  const keys = new Map<string, string>();
  for (const pair of matching.pairs) keys.set(pair.extracted.id, goldPersonKey(gold.indexOf(pair.gold)));
  return { matching, keyOf: (id) => keys.get(id) ?? id };
}
