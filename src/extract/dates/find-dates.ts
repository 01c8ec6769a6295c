import * as chrono from 'chrono-node';
import type { PartialDate } from '../contract/extraction-result.ts';
import type { DateMention } from '../document/prepared-article.ts';
import type { Sentence } from '../sentences/split-sentences.ts';
import { DURATION, mayHoldDate, narrativeDayPhrases, YEAR_PREPOSITIONS, YEAR_WORDS } from './date-words.ts';
import { forChrono } from './chrono-input.ts';
import { withPatternsBuiltOnce } from './chrono-patterns.ts';
import { findKazakhDates, findRelativeDays, type KazakhDate } from './kazakh-dates.ts';
import { localNoon, partialDate, type DateParts } from './partial-date.ts';
import { findCurrentWeek, monthOfPublicationWeek } from './week-dates.ts';

interface ChronoParser {
  parse(text: string, reference: Date): chrono.ParsedResult[];
}

const ENGLISH = withPatternsBuiltOnce(chrono.en.casual);
const RUSSIAN = withPatternsBuiltOnce(chrono.ru.casual);

/** chrono's casual parsers, built once; Kazakh text falls back to Russian (dates there are often Russian-style). */
const PARSERS: Record<string, ChronoParser> = {
  en: ENGLISH,
  ru: RUSSIAN,
  uk: withPatternsBuiltOnce(chrono.uk.casual),
  kk: RUSSIAN,
};

/** Without a publication date, anything that moves with this reference is relative and left unresolved. */
const NEUTRAL_REFERENCE = new Date(2000, 0, 15, 12);
/** A second reference, far from the first, to tell which parts chrono computed from the reference. */
const SHIFT_DAYS = 1000;
/** An event date is not taken to be later than the publication by more than this (news tells the past). */
const FUTURE_TOLERANCE_DAYS = 7;
const DAY_MS = 86_400_000;
/** How far back "the next day" looks for the date it counts from: the sentence or two before it. */
const NARRATIVE_LOOKBACK_CHARS = 600;

/** A year standing alone: not part of a number, an amount, a range or a name like "KADEX-2016". */
const BARE_YEAR = /(?<![\p{L}\d\-–—/.,$€£¥₸])(1[89]\d\d|20\d\d)(?![\d%]|[.,\-–/]\d)/gu;

/**
 * Finds the dates of a sentence and resolves them against the publication date: a weekday becomes the
 * latest such day on or before publication, "10 травня" takes the year that keeps it from lying after
 * publication, "today" and "next year" are computed from it. Without a publication date only the parts the
 * text states are kept ("10 травня" stays month and day); purely relative expressions are dropped.
 * Lengths of time ("the past 16 years") and amounts are not dates; a bare year after "in", "since" ...
 * or before "році", "года" ... is a year-only date.
 */
export function createDateFinder(
  text: string,
  language: string,
  publishedAt: PartialDate | undefined,
): (sentence: Sentence) => DateMention[] {
  const parser = PARSERS[language] ?? ENGLISH;
  const published = publishedAt ? localNoon(publishedAt) : undefined;
  const reference = published ?? NEUTRAL_REFERENCE;
  const shifted = new Date(reference.getTime() - SHIFT_DAYS * DAY_MS);
  const narrative = narrativeDayPhrases(language);

  return (sentence: Sentence): DateMention[] => {
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (!mayHoldDate(sentenceText)) return [];
    const { mentions, phrases } = narrativeDates(sentence.start, sentenceText);
    const results = parser.parse(forChrono(sentenceText), reference);
    for (const result of results) {
      // chrono reads "next day" from publication; the story counts it from its last date (above), if any.
      if (phrases.some((phrase) => overlaps(phrase, sentence.start + result.index, result.text.length))) continue;
      const mention = resolveParsed(result);
      if (!mention) continue;
      const leading = result.text.length - result.text.trimStart().length;
      const read = result.text.trim().replace(/[,.;:]+$/, '');
      // The words as the text writes them: chrono read them with plain apostrophes.
      const words = sentenceText.slice(result.index + leading, result.index + leading + read.length);
      const start = sentence.start + result.index + leading;
      mentions.push({ start, end: start + words.length, text: words, date: { ...mention.date, text: words }, relative: mention.relative });
    }
    // Kazakh dates, and the words for days chrono misses in other languages ("учора").
    for (const found of language === 'kk' ? findKazakhDates(sentenceText) : findRelativeDays(sentenceText, language)) {
      const start = sentence.start + found.index;
      if (mentions.some((mention) => overlaps(mention, start, found.text.length))) continue;
      const mention = resolveKazakh(found);
      if (mention)
        mentions.push({
          start,
          end: start + found.text.length,
          text: found.text,
          date: { ...mention.date, text: found.text },
          relative: mention.relative,
        });
    }
    mentions.push(...weekMentions(sentence.start, sentenceText, mentions));
    for (const year of bareYears(sentenceText)) {
      const start = sentence.start + year.index;
      if (mentions.some((mention) => overlaps(mention, start, year.text.length))) continue;
      const date = partialDate({ year: Number(year.text) }, year.text);
      if (date) mentions.push({ start, end: start + year.text.length, text: year.text, date, relative: false });
    }
    return mentions.sort((a, b) => a.start - b.start);
  };

  /**
   * "На следующий день", "the same day": the day the story last dated, moved by the phrase's offset. The
   * last full date of the text before the phrase is the one counted from.
   */
  function narrativeDates(sentenceStart: number, sentenceText: string): { mentions: DateMention[]; phrases: Span[] } {
    const mentions: DateMention[] = [];
    const phrases: Span[] = [];
    if (narrative === undefined) return { mentions, phrases };
    for (const match of sentenceText.matchAll(narrative.pattern)) {
      const start = sentenceStart + match.index;
      phrases.push({ start, end: start + match[0].length });
      const anchor = lastDayBefore(start);
      if (anchor === undefined) continue;
      const day = new Date(anchor.getTime() + (narrative.offsetOf.get(match[0].toLowerCase()) ?? 0) * DAY_MS);
      const date = partialDate({ year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() }, match[0]);
      if (date) mentions.push({ start, end: start + match[0].length, text: match[0], date, relative: true });
    }
    return { mentions, phrases };
  }

  /** "This week" is the month of the publication's week, when that week lies within one month. */
  function weekMentions(sentenceStart: number, sentenceText: string, found: readonly DateMention[]): DateMention[] {
    const month = published === undefined ? undefined : monthOfPublicationWeek(published);
    if (month === undefined) return [];
    return findCurrentWeek(sentenceText, language)
      .map((phrase) => ({ start: sentenceStart + phrase.index, text: phrase.text }))
      .filter(({ start, text: words }) => !found.some((mention) => overlaps(mention, start, words.length)))
      .map(({ start, text: words }) => ({
        start,
        end: start + words.length,
        text: words,
        date: { ...month, text: words },
        relative: true,
      }));
  }

  function lastDayBefore(position: number): Date | undefined {
    const from = Math.max(0, position - NARRATIVE_LOOKBACK_CHARS);
    const before = text.slice(from, position);
    const days: Array<{ index: number; date: PartialDate }> = [];
    for (const result of parser.parse(forChrono(before), reference)) {
      const words = result.text.trim().toLowerCase();
      if ([...narrative!.offsetOf.keys()].some((phrase) => phrase.includes(words))) continue;
      const found = resolveParsed(result)?.date;
      if (found?.day !== undefined) days.push({ index: result.index, date: found });
    }
    if (language === 'kk') {
      for (const found of findKazakhDates(before)) {
        const date = resolveKazakh(found)?.date;
        if (date?.day !== undefined) days.push({ index: found.index, date });
      }
    }
    const last = days.sort((a, b) => a.index - b.index).at(-1)?.date;
    return last ? localNoon(last) : undefined;
  }

  /**
   * A second parse, of the expression alone, tells relative parts from stated ones; a date that writes its
   * year needs none. It is made only when asked: a result that states no year, month or day (a weekday, a
   * time, a length of time) never asks, and a second chrono parse is a tenth of the pipeline's date work.
   */
  function resolveParsed(result: chrono.ParsedResult): { date: PartialDate; relative: boolean } | undefined {
    let shiftedResult: chrono.ParsedResult | undefined | null = null;
    return resolve(result, () => {
      if (shiftedResult === null) shiftedResult = /\d{4}/.test(result.text) ? undefined : parser.parse(result.text, shifted)[0];
      return shiftedResult;
    });
  }

  function resolveKazakh(found: KazakhDate): { date: PartialDate; relative: boolean } | undefined {
    if (found.weekday !== undefined) {
      if (!published) return undefined;
      const back = (published.getDay() - found.weekday + 7) % 7;
      const day = new Date(published.getTime() - back * DAY_MS);
      const date = partialDate({ year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() });
      return date ? { date, relative: true } : undefined;
    }
    if (found.daysFromPublication !== undefined) {
      if (!published) return undefined;
      const day = new Date(published.getTime() + found.daysFromPublication * DAY_MS);
      const date = partialDate({ year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() });
      return date ? { date, relative: true } : undefined;
    }
    if (found.year === undefined && published && found.month !== undefined) {
      const date = partialDate({ year: yearNotAfterPublication(published, found.month, found.day), month: found.month, day: found.day });
      return date ? { date, relative: true } : undefined;
    }
    const date = partialDate({ year: found.year, month: found.month, day: found.day });
    return date ? { date, relative: false } : undefined;
  }

  function resolve(
    result: chrono.ParsedResult,
    shiftedResult: () => chrono.ParsedResult | undefined,
  ): { date: PartialDate; relative: boolean } | undefined {
    const known = result.start;
    if (!known.isCertain('month') && DURATION.test(result.text)) return undefined;
    const stated = (unit: 'year' | 'month' | 'day'): number | undefined =>
      known.isCertain(unit) ? (known.get(unit) ?? undefined) : undefined;
    const parts: DateParts = { year: stated('year'), month: stated('month'), day: stated('day') };
    const movesWithReference = (['year', 'month', 'day'] as const).some(
      (unit) => parts[unit] !== undefined && !/\d{4}/.test(result.text) && shiftedResult()?.start.get(unit) !== parts[unit],
    );
    const weekdayOnly = known.isCertain('weekday') && parts.day === undefined;
    if (!published) {
      if (movesWithReference || weekdayOnly) return undefined;
      const date = partialDate(parts);
      return date ? { date, relative: false } : undefined;
    }
    if (weekdayOnly) {
      const weekday = known.get('weekday') ?? 0;
      const back = (published.getDay() - weekday + 7) % 7;
      const day = new Date(published.getTime() - back * DAY_MS);
      const date = partialDate({ year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() });
      return date ? { date, relative: true } : undefined;
    }
    if (movesWithReference) {
      const date = partialDate(parts);
      return date ? { date, relative: true } : undefined;
    }
    if (parts.year === undefined && parts.month !== undefined) {
      const year = yearNotAfterPublication(published, parts.month, parts.day);
      const date = partialDate({ ...parts, year });
      return date ? { date, relative: true } : undefined;
    }
    const date = partialDate(parts);
    return date ? { date, relative: false } : undefined;
  }
}

interface Span {
  readonly start: number;
  readonly end: number;
}

function overlaps(span: Span, start: number, length: number): boolean {
  return start < span.end && start + length > span.start;
}

function yearNotAfterPublication(published: Date, month: number, day: number | undefined): number {
  const year = published.getFullYear();
  const candidate = new Date(year, month - 1, day ?? 1, 12);
  const latest = published.getTime() + FUTURE_TOLERANCE_DAYS * DAY_MS;
  return candidate.getTime() > latest ? year - 1 : year;
}

function bareYears(sentence: string): Array<{ index: number; text: string }> {
  const years: Array<{ index: number; text: string }> = [];
  for (const match of sentence.matchAll(BARE_YEAR)) {
    const before = /(\p{L}+)\s+$/u.exec(sentence.slice(Math.max(0, match.index - 20), match.index))?.[1]?.toLowerCase();
    const after = /^\s*(\p{L}+)/u.exec(sentence.slice(match.index + 4, match.index + 24))?.[1]?.toLowerCase();
    if ((before && YEAR_PREPOSITIONS.has(before)) || (after && YEAR_WORDS.has(after))) years.push({ index: match.index, text: match[0] });
  }
  return years;
}
