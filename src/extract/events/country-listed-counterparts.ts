/**
 * "Nurtleu met with the foreign ministers of Spain José Albares, Latvia Baiba Braže and Poland Radosław
 * Sikorski": counterparts listed one by one, each right after the country they serve, are met one by one,
 * as a series of bilateral meetings, not as one gathering (which names its countries, not a name for each).
 * Only a list: items joined by commas and "and" alone, so "президентом Росії Путіним і президентом Казахстану
 * Назарбаєвим", where each country belongs to its own title, is not one.
 */
import type { EntityMention } from '../entities/entity-analysis.ts';
import type { EventLexicon } from './event-lexicon.ts';
import type { SentenceFacts } from './sentence-facts.ts';

const ONLY_SPACE = /^[ \t\u00A0]+$/u;

/** Whether every person after the first is named right after a country that describes them, in a list of two or more. */
export function counterpartsListedByCountry(sentence: SentenceFacts, persons: readonly string[], lexicon: EventLexicon): boolean {
  const others = persons.slice(1);
  if (others.length < 2) return false;
  const { mentions } = sentence;
  const between = (from: number, to: number) => textBetween(sentence, from, to);
  let previous: EntityMention | undefined;
  for (const person of others) {
    const named = mentions.find((mention) => mention.kind === 'person' && mention.entityId === person);
    if (named === undefined) return false;
    const country = mentions.find(
      (mention) =>
        mention.kind === 'country' &&
        mention.describesPersonId === person &&
        mention.end <= named.start &&
        ONLY_SPACE.test(between(mention.end, named.start)),
    );
    if (country === undefined) return false;
    if (previous !== undefined && (previous.end > country.start || !joinsList(between(previous.end, country.start), lexicon))) return false;
    previous = named;
  }
  return true;
}

/**
 * "Nurtleu met with foreign ministers from Spain, Latvia, Luxembourg, Poland, and Switzerland": a retelling that
 * names only the countries of those met. Three or more countries listed one after another (commas and "and"
 * alone between them) after one person's encounter are met one by one, as the same list with names is (see
 * counterpartsListedByCountry); a trilateral meeting is told as "the presidents of A and B", two countries.
 */
export function countriesListedAsCounterparts(sentence: SentenceFacts, countries: readonly string[], lexicon: EventLexicon): boolean {
  if (countries.length < 3) return false;
  const named = countries.map((country) => sentence.mentions.find((mention) => mention.kind === 'country' && mention.entityId === country));
  if (named.some((mention) => mention === undefined)) return false;
  const inOrder = (named as EntityMention[]).sort((left, right) => left.start - right.start);
  return inOrder.every(
    (mention, index) => index === 0 || joinsList(textBetween(sentence, inOrder[index - 1]!.end, mention.start), lexicon),
  );
}

function joinsList(text: string, lexicon: EventLexicon): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .every((word) => word.length === 0 || lexicon.listConnectors.has(word));
}

/** The sentence's text between two article offsets. */
function textBetween(sentence: SentenceFacts, from: number, to: number): string {
  const offset = sentence.sentence.start;
  return sentence.sentence.text.slice(from - offset, to - offset);
}
