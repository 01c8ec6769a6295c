import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config/project-root.ts';

/** Weekday names of a language chrono-node does not read, and the endings or words that make them a date. */
export interface WeekdayWords {
  readonly names: Readonly<Record<string, number>>;
  readonly endings: readonly string[];
  readonly followers: readonly string[];
}

interface DateWordsData {
  version: string;
  months: Record<string, string[][]>;
  yearWords: string[];
  yearPrepositions: string[];
  durationUnits: string[];
  agoWords: string[];
  dateWords: Record<string, string[]>;
  relativeDays: { description: string } & Record<string, Record<string, number> | string>;
  weekdays: { description: string } & Record<string, WeekdayWords | string>;
  narrativeDays: { description: string } & Record<string, Record<string, number> | string>;
  currentWeek: { description: string } & Record<string, string[] | string>;
}

const DATE_WORDS_FILE = path.join(PROJECT_ROOT, 'data', 'language', 'date-words.json');
const data = JSON.parse(readFileSync(DATE_WORDS_FILE, 'utf8')) as DateWordsData;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** Every month form of every language with its month number, longest first. */
const MONTH_FORMS: ReadonlyArray<readonly [string, number]> = Object.values(data.months)
  .flatMap((months) => months.flatMap((forms, index) => forms.map((form) => [form, index + 1] as const)))
  .sort((a, b) => b[0].length - a[0].length);

/** A regex source matching a month word (a form, perhaps with a case ending as Kazakh adds). */
export const MONTH_PATTERN = `(?:${alternation(MONTH_FORMS.map(([form]) => form))})\\p{L}*`;

/** The month a matched month word names: its longest form that is a prefix of the word. */
export function monthOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  return MONTH_FORMS.find(([form]) => lower.startsWith(form))?.[1];
}

export const YEAR_WORDS: ReadonlySet<string> = new Set(data.yearWords);
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(data.yearPrepositions);

/** A number and a unit of time, which measures a length of time ("16 years"), unless "ago" follows. */
export const DURATION = new RegExp(
  `\\d[\\d\\s,.]*\\s*(?:${alternation(data.durationUnits)})(?!\\p{L})(?!\\s+(?:${alternation(data.agoWords)})(?!\\p{L}))`,
  'iu',
);

/** True when a sentence may hold a date: it has a digit, a month or a word such as "today". */
const NARRATIVE_PHRASES = Object.values(data.narrativeDays).flatMap((phrases) => (typeof phrases === 'object' ? Object.keys(phrases) : []));
const WEEK_PHRASES = Object.values(data.currentWeek).flatMap((phrases) => (typeof phrases === 'object' ? phrases : []));
const DATE_HINT = new RegExp(
  `\\d|(?<!\\p{L})(?:${alternation([...Object.values(data.dateWords).flat(), ...NARRATIVE_PHRASES, ...WEEK_PHRASES, ...MONTH_FORMS.map(([form]) => form)])})`,
  'iu',
);
export const mayHoldDate = (text: string): boolean => DATE_HINT.test(text);

export const DATE_WORDS_VERSION = data.version;

type NarrativeDayPhrases = { pattern: RegExp; offsetOf: ReadonlyMap<string, number> } | undefined;

/** Built once per language: every article asked for them (its date finder), and every sentence for the words. */
const narrativeDayPhrasesOf = new Map<string, NarrativeDayPhrases>();
const relativeDayWordsOf = new Map<string, ReadonlyMap<string, number>>();

/**
 * Phrases counting days from the date the story last gave ("на следующий день": 1), per language, as a
 * case-insensitive pattern and the offset of each lower-case phrase; undefined for a language with none.
 * The pattern is global: callers read it with matchAll, which scans a copy and leaves this one as it is.
 */
export function narrativeDayPhrases(language: string): NarrativeDayPhrases {
  if (!narrativeDayPhrasesOf.has(language)) {
    const phrases = data.narrativeDays[language];
    const offsetOf = typeof phrases === 'object' ? new Map(Object.entries(phrases)) : undefined;
    narrativeDayPhrasesOf.set(
      language,
      offsetOf === undefined
        ? undefined
        : { pattern: new RegExp(`(?<!\\p{L})(?:${alternation([...offsetOf.keys()])})(?!\\p{L})`, 'giu'), offsetOf },
    );
  }
  return narrativeDayPhrasesOf.get(language);
}

/** Words naming a day relative to publication per language ("бүгін": 0, "кеше": -1), where chrono has none. */
export function relativeDayWords(language: string): ReadonlyMap<string, number> {
  let words = relativeDayWordsOf.get(language);
  if (words === undefined) {
    const listed = data.relativeDays[language];
    words = new Map(typeof listed === 'object' ? Object.entries(listed) : []);
    relativeDayWordsOf.set(language, words);
  }
  return words;
}

/** Kazakh weekday names ("бейсенбі": 4) and what makes one a date; undefined for a language chrono reads. */
export function weekdayWords(language: string): WeekdayWords | undefined {
  const words = data.weekdays[language];
  return typeof words === 'object' ? words : undefined;
}

const currentWeekPatterns = new Map<string, RegExp | undefined>();

/**
 * Phrases placing an event in the week of publication ("this week", "осы аптада"), as one pattern, built
 * once per language (it is asked for every sentence); undefined for none.
 */
export function currentWeekPattern(language: string): RegExp | undefined {
  if (!currentWeekPatterns.has(language)) {
    const phrases = data.currentWeek[language];
    currentWeekPatterns.set(
      language,
      typeof phrases !== 'object' || phrases.length === 0
        ? undefined
        : new RegExp(`(?<!\\p{L})(?:${alternation(phrases)})(?!\\p{L})`, 'giu'),
    );
  }
  return currentWeekPatterns.get(language);
}
