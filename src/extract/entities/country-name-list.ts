/**
 * Holders of one plural title listed by country, in two shapes. Interleaved: "the foreign ministers of Spain
 * José Albares, Latvia Baiba Braže and Poland Radosław Sikorski", "с Президентами Азербайджана Ильхамом
 * Алиевым, Кыргызстана Садыром Жапаровым", each country right before its holder's name. Grouped: "Президенты
 * Украины и Казахстана Петр Порошенко и Нурсултан Назарбаев", "Қазақстан мен Ресей президенттері …", the
 * countries together and then as many names in the same order. Either way a country describes its holder
 * rather than acting on its own.
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
/** What may stand between the grouped countries and the names: "президентами Казахстана и Азербайджана — Касым-Жомартом …". */
const LIST_GAP = /^\s*[,—–:-]?\s*$/u;
/** A list of one is a title with its country, which the title groups already read. */
const MINIMUM_HOLDERS = 2;

/** The plural titles of the sentence followed by "of" and at least two "Country Name" items. */
export function readCountryNameLists(
  sentence: ScannedSentence,
  lexicon: Lexicon,
  readName: (at: number) => NameReading | undefined,
): ListedHolder[] {
  const holders: ListedHolder[] = [];
  for (let at = 0; at < sentence.tokens.length; at += 1) {
    const title = pluralTitleAt(sentence, lexicon, at);
    if (title === undefined) continue;
    const { titleTo, officeId } = title;
    // "the presidents of Azerbaijan …"; a Russian or Ukrainian title takes the country in the genitive with no
    // preposition: "с президентами Азербайджана Ильхамом Алиевым, Кыргызстана Садыром Жапаровым и …".
    let position = phraseEndAt(sentence, titleTo, lexicon.portfolioPrepositions, [2, 1]) ?? titleTo;
    if (!SPACE_GAP.test(gapBefore(sentence, titleTo))) continue;
    const listed: ListedHolder[] = [];
    for (;;) {
      const country = sentence.spanAt[position];
      const countryId = country?.type === 'entity' ? country.candidates.find((candidate) => candidate.kind === 'country')?.id : undefined;
      if (country?.type !== 'entity' || country.from !== position || countryId === undefined) break;
      if (!SPACE_GAP.test(gapBefore(sentence, country.to))) break;
      const name = readName(country.to);
      if (!isFullName(name)) break;
      listed.push({ titleFrom: at, titleTo, officeId, country, countryId, nameFrom: country.to, name });
      // The next item: after a comma, "and", or both.
      let next = name.to;
      const comma = COMMA_GAP.test(gapBefore(sentence, next));
      const connector = phraseEndAt(sentence, next, lexicon.titleConnectors, [1]);
      if (connector !== undefined && (comma || SPACE_GAP.test(gapBefore(sentence, next)))) next = connector;
      else if (!comma) break;
      if (next !== name.to && !SPACE_GAP.test(gapBefore(sentence, next))) break;
      position = next;
    }
    if (listed.length >= MINIMUM_HOLDERS) holders.push(...listed);
    at = Math.max(at, (listed.at(-1)?.name.to ?? titleTo) - 1);
  }
  return holders;
}

interface ListedCountry {
  readonly span: Span & { type: 'entity' };
  readonly id: string;
}

/** The plural titles of the sentence with at least two countries listed together before or after them, then the holders' names in the same order. */
export function readCountryListThenNames(
  sentence: ScannedSentence,
  lexicon: Lexicon,
  readName: (at: number) => NameReading | undefined,
): ListedHolder[] {
  const holders: ListedHolder[] = [];
  for (let at = 0; at < sentence.tokens.length; at += 1) {
    const title = pluralTitleAt(sentence, lexicon, at);
    if (title === undefined) continue;
    const { titleTo, officeId } = title;
    const afterTitle = phraseEndAt(sentence, titleTo, lexicon.portfolioPrepositions, [2, 1]) ?? titleTo;
    const after = SPACE_GAP.test(gapBefore(sentence, titleTo)) ? countriesFrom(sentence, lexicon, afterTitle) : undefined;
    const listed =
      after !== undefined && after.countries.length >= MINIMUM_HOLDERS ? after : countriesBefore(sentence, lexicon, at, titleTo);
    if (listed === undefined || listed.countries.length < MINIMUM_HOLDERS) continue;
    const names = namesFrom(sentence, lexicon, listed.end, listed.countries.length, readName);
    if (names.length !== listed.countries.length) continue;
    names.forEach(({ nameFrom, name }, index) => {
      const country = listed.countries[index]!;
      holders.push({ titleFrom: at, titleTo, officeId, country: country.span, countryId: country.id, nameFrom, name });
    });
    at = Math.max(at, names.at(-1)!.name.to - 1);
  }
  return holders;
}

const PLURAL_TITLE_LENGTHS = [4, 3, 2, 1];

/** A plural title starting at `at` ("foreign ministers", "президенттері"): where it ends and the office it names. */
function pluralTitleAt(sentence: ScannedSentence, lexicon: Lexicon, at: number): { titleTo: number; officeId: string } | undefined {
  const titleTo = phraseEndAt(sentence, at, lexicon.pluralTitles, PLURAL_TITLE_LENGTHS);
  if (titleTo === undefined) return undefined;
  return { titleTo, officeId: lexicon.pluralTitles.get(sentence.keys.slice(at, titleTo).join(' '))! };
}

/** A name a list item may be: known, or of two words or more, or with initials ("Baiba Braže", "A. Sikorski"). */
function isFullName(name: NameReading | undefined): name is NameReading {
  return name !== undefined && (name.knownId !== undefined || name.words >= 2 || name.initials > 0);
}

function gapBefore(sentence: ScannedSentence, at: number): string {
  return sentence.tokens[at]?.gapBefore ?? '';
}

function countryAt(sentence: ScannedSentence, at: number): ListedCountry | undefined {
  const span = sentence.spanAt[at];
  const id = span?.type === 'entity' ? span.candidates.find((candidate) => candidate.kind === 'country')?.id : undefined;
  return span?.type === 'entity' && id !== undefined ? { span, id } : undefined;
}

/** The word after `at` when it joins two items ("и", "та", "мен", "and"), else undefined. */
function connectorEnd(sentence: ScannedSentence, lexicon: Lexicon, at: number): number | undefined {
  const key = sentence.keys[at];
  if (key !== undefined && lexicon.sharedCountryConnectors.has(key)) return at + 1;
  return phraseEndAt(sentence, at, lexicon.titleConnectors, [1]);
}

/** Countries joined by commas and "and" from `position`: "Украины и Казахстана", "of Kazakhstan and Russia". */
function countriesFrom(sentence: ScannedSentence, lexicon: Lexicon, position: number): { countries: ListedCountry[]; end: number } {
  const countries: ListedCountry[] = [];
  let at = position;
  for (;;) {
    const country = countryAt(sentence, at);
    if (country?.span.from !== at || (countries.length > 0 && !SPACE_GAP.test(gapBefore(sentence, at)))) break;
    countries.push(country);
    at = country.span.to;
    const connector = SPACE_GAP.test(gapBefore(sentence, at)) ? connectorEnd(sentence, lexicon, at) : undefined;
    if (connector !== undefined) at = connector;
    else if (!COMMA_GAP.test(gapBefore(sentence, at)) || countryAt(sentence, at) === undefined) break;
  }
  return { countries, end: countries.at(-1)?.span.to ?? position };
}

/** Countries joined by "and" right before the title: "Қазақстан мен Ресей президенттері", "Kazakh and Russian presidents". */
function countriesBefore(
  sentence: ScannedSentence,
  lexicon: Lexicon,
  titleFrom: number,
  titleTo: number,
): { countries: ListedCountry[]; end: number } | undefined {
  const countries: ListedCountry[] = [];
  let at = titleFrom;
  for (;;) {
    if (!SPACE_GAP.test(gapBefore(sentence, at))) break;
    const country = countryAt(sentence, at - 1);
    if (country?.span.to !== at) break;
    countries.unshift(country);
    at = country.span.from;
    const joined = at >= 1 && connectorEnd(sentence, lexicon, at - 1) === at && SPACE_GAP.test(gapBefore(sentence, at));
    if (joined) at -= 1;
    else if (!COMMA_GAP.test(gapBefore(sentence, at)) || countryAt(sentence, at - 1) === undefined) break;
  }
  return countries.length === 0 ? undefined : { countries, end: titleTo };
}

/** Exactly `count` names from `position` joined by commas and "and" ("Петр Порошенко и Нурсултан Назарбаев"). */
function namesFrom(
  sentence: ScannedSentence,
  lexicon: Lexicon,
  position: number,
  count: number,
  readName: (at: number) => NameReading | undefined,
): Array<{ nameFrom: number; name: NameReading }> {
  const names: Array<{ nameFrom: number; name: NameReading }> = [];
  let at = position;
  if (!LIST_GAP.test(gapBefore(sentence, at))) return names;
  while (names.length < count) {
    const name = readName(at);
    if (!isFullName(name)) break;
    names.push({ nameFrom: at, name });
    at = name.to;
    if (names.length === count) break;
    const comma = COMMA_GAP.test(gapBefore(sentence, at));
    const connector = comma || SPACE_GAP.test(gapBefore(sentence, at)) ? connectorEnd(sentence, lexicon, at) : undefined;
    if (connector !== undefined) at = connector;
    else if (!comma) break;
    if (at !== name.to && !SPACE_GAP.test(gapBefore(sentence, at))) break;
  }
  return names;
}
