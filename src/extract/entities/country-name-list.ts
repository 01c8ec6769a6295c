/**
 * Holders of one plural title listed by country: "the foreign ministers of Spain José Albares, Latvia Baiba
 * Braže and Poland Radosław Sikorski", "с Президентами Азербайджана Ильхамом Алиевым, Кыргызстана Садыром Жапаровым". Each country stands right before the name of the person who holds
 * the title for it, so the country describes that person rather than acting on its own.
 */
import type { NameForm } from '../../knowledge/name-index.ts';
import type { Lexicon } from './lexicon.ts';
import { phraseEndAt, type ScannedSentence, type Span } from './scan-sentence.ts';

/** A name read at a position (SentencePersons.readName): where it ends, its words, and the known person it may be. */
export interface NameReading {
  readonly to: number;
  readonly words: number;
  readonly initials: number;
  readonly knownId?: string;
  readonly knownForm?: NameForm;
}

export interface ListedHolder {
  /** Token range of the plural title ("foreign ministers"). */
  readonly titleFrom: number;
  readonly titleTo: number;
  readonly officeId: string;
  readonly country: Span & { type: 'entity' };
  readonly countryId: string;
  readonly nameFrom: number;
  readonly name: NameReading;
}

const SPACE_GAP = /^[ \t\u00A0]+$/u;
const COMMA_GAP = /^\s*,\s*$/u;
/** A list of one is a title with its country, which the title groups already read. */
const MINIMUM_HOLDERS = 2;

/** The plural titles of the sentence followed by "of" and at least two "Country Name" items. */
export function readCountryNameLists(
  sentence: ScannedSentence,
  lexicon: Lexicon,
  readName: (at: number) => NameReading | undefined,
): ListedHolder[] {
  const holders: ListedHolder[] = [];
  const gap = (at: number): string => sentence.tokens[at]?.gapBefore ?? '';
  const pluralLengths = [4, 3, 2, 1];
  for (let at = 0; at < sentence.tokens.length; at += 1) {
    const titleTo = phraseEndAt(sentence, at, lexicon.pluralTitles, pluralLengths);
    if (titleTo === undefined) continue;
    const officeId = lexicon.pluralTitles.get(sentence.keys.slice(at, titleTo).join(' '))!;
    // "the presidents of Azerbaijan …"; a Russian or Ukrainian title takes the country in the genitive with no
    // preposition: "с президентами Азербайджана Ильхамом Алиевым, Кыргызстана Садыром Жапаровым и …".
    let position = phraseEndAt(sentence, titleTo, lexicon.portfolioPrepositions, [2, 1]) ?? titleTo;
    if (!SPACE_GAP.test(gap(titleTo))) continue;
    const listed: ListedHolder[] = [];
    for (;;) {
      const country = sentence.spanAt[position];
      const countryId = country?.type === 'entity' ? country.candidates.find((candidate) => candidate.kind === 'country')?.id : undefined;
      if (country?.type !== 'entity' || country.from !== position || countryId === undefined) break;
      if (!SPACE_GAP.test(gap(country.to))) break;
      const name = readName(country.to);
      if (name === undefined || (name.knownId === undefined && name.words < 2 && name.initials === 0)) break;
      listed.push({ titleFrom: at, titleTo, officeId, country, countryId, nameFrom: country.to, name });
      // The next item: after a comma, "and", or both.
      let next = name.to;
      const comma = COMMA_GAP.test(gap(next));
      const connector = phraseEndAt(sentence, next, lexicon.titleConnectors, [1]);
      if (connector !== undefined && (comma || SPACE_GAP.test(gap(next)))) next = connector;
      else if (!comma) break;
      if (next !== name.to && !SPACE_GAP.test(gap(next))) break;
      position = next;
    }
    if (listed.length >= MINIMUM_HOLDERS) holders.push(...listed);
    at = Math.max(at, (listed.at(-1)?.name.to ?? titleTo) - 1);
  }
  return holders;
}
