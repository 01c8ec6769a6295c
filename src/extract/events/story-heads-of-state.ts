/** The heads of state a story names, standing for the sides it calls only by their countries' heads of state. */
import type { Draft } from './draft.ts';
import type { EntityCountries } from './entity-countries.ts';
import type { EventLexicon } from './event-lexicon.ts';
import type { SentenceFacts } from './sentence-facts.ts';

/** The heads of state of exactly two countries the story names, one each; undefined otherwise. */
export function storyHeadsOfState(facts: readonly SentenceFacts[], entities: EntityCountries): string[] | undefined {
  if (entities.headOfStateOf === undefined) return undefined;
  const byCountry = new Map<string, Set<string>>();
  for (const person of new Set(facts.flatMap((sentence) => sentence.persons))) {
    const country = entities.headOfStateOf(person);
    if (country !== undefined) byCountry.set(country, (byCountry.get(country) ?? new Set()).add(person));
  }
  const heads = [...byCountry.values()];
  return heads.length === 2 && heads.every((persons) => persons.size === 1) ? heads.map((persons) => [...persons][0]!) : undefined;
}

/**
 * "The Presidents of Uzbekistan and Kyrgyzstan held tete-a-tete talks" … "President Shavkat Mirziyoyev started
 * with congratulations of Sadyr Japarov": an encounter of countries whose first report calls its sides their heads
 * of state is the encounter of the one person the story names for each of those countries. Left as it is when
 * a country has no such person, or several.
 */
export function headsNamedElsewhere(
  drafts: readonly Draft[],
  facts: readonly SentenceFacts[],
  lexicon: EventLexicon,
  entities: EntityCountries,
): void {
  const persons = [...new Set(facts.flatMap((sentence) => sentence.persons))];
  for (const draft of drafts) {
    if (draft.persons.length > 0 || draft.countries.length < 2 || draft.collectives.length > 0) continue;
    const first = facts[draft.sentences[0]!];
    if (first === undefined || lexicon.pluralHeadsOfState.find(first.sentence.text).length === 0) continue;
    const heads = draft.countries.map((country) => persons.filter((person) => entities.countryOf(person) === country));
    if (heads.some((serving) => serving.length !== 1)) continue;
    draft.persons = heads.map((serving) => serving[0]!);
    draft.countries = [];
  }
}
