import type { PartialDate } from '../contract/extraction-result.ts';
import { MONTH_PATTERN, monthOf } from './date-words.ts';
import { partialDate } from './partial-date.ts';

/** A date found in a line, with where it is. */
export interface DateInLine {
  readonly date: PartialDate;
  readonly index: number;
  readonly length: number;
}

const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)/;
// A page header may run a time and a date together ("23:0013.10.2022" is 23:00 on 13.10.2022).
const NUMERIC_DAY_FIRST = /(?:(?<![\d.])|(?<=\d:\d{2}))(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})(?!\\d)`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`(?<!\\p{L})(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu');
// "11:22 19/04/2024": day first, as pages outside the United States write it; month first only when the second
// number cannot be a month ("04/19/2024").
const NUMERIC_SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/;
const KAZAKH_YEAR_FIRST = new RegExp(`(?<!\\d)(\\d{4})\\s*(?:жылғы|жылдың|ж\\.)\\s+(\\d{1,2})\\s+(${MONTH_PATTERN})`, 'iu');

const FOUR_DIGITS = /\d{4}/;

/** What may stand around a date on a date line: times, separators, at most a few label words. */
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\b/g;
const MAX_OTHER_WORDS_ON_DATE_LINE = 3;
const MAX_DATE_LINE_LENGTH = 80;

/** The first complete date (day, month and year) written in a line, in any of the forms news pages use. */
export function findDateInLine(line: string): DateInLine | undefined {
  // Every complete date form has a four-digit year: a cheap test that spares most lines the month patterns.
  if (!FOUR_DIGITS.test(line)) return undefined;
  const found: DateInLine[] = [];
  const add = (match: RegExpExecArray | null, year: string, month: number | undefined, day: string) => {
    if (!match || month === undefined) return;
    const date = partialDate({ year: Number(year), month, day: Number(day) }, match[0].trim());
    if (date) found.push({ date, index: match.index, length: match[0].length });
  };
  let match = ISO.exec(line);
  add(match, match?.[1] ?? '', Number(match?.[2]), match?.[3] ?? '');
  match = NUMERIC_DAY_FIRST.exec(line);
  add(match, match?.[3] ?? '', Number(match?.[2]), match?.[1] ?? '');
  match = NUMERIC_SLASHED.exec(line);
  if (match) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    if (second > 12) add(match, match[3]!, first, match[2]!);
    else add(match, match[3]!, second, match[1]!);
  }
  match = DAY_MONTH_YEAR.exec(line);
  add(match, match?.[3] ?? '', monthOf(match?.[2] ?? ''), match?.[1] ?? '');
  match = MONTH_DAY_YEAR.exec(line);
  add(match, match?.[3] ?? '', monthOf(match?.[1] ?? ''), match?.[2] ?? '');
  match = KAZAKH_YEAR_FIRST.exec(line);
  add(match, match?.[1] ?? '', monthOf(match?.[3] ?? ''), match?.[2] ?? '');
  return found.sort((a, b) => a.index - b.index)[0];
}

/**
 * The date of a line that is only a date, as page headers print it ("5 February 2021, 13:16",
 * "Published: 11 травня 2022"); undefined for a sentence that merely mentions a date.
 */
export function dateOfDateLine(line: string): PartialDate | undefined {
  if (line.length > MAX_DATE_LINE_LENGTH) return undefined;
  const found = findDateInLine(line);
  if (!found) return undefined;
  const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found.length)).replace(TIME, ' ');
  const words = rest.split(/[^\p{L}]+/u).filter((word) => word.length > 1);
  return words.length <= MAX_OTHER_WORDS_ON_DATE_LINE ? found.date : undefined;
}

/** A publication date as metadata give it: an ISO date or timestamp, or a written date. */
export function parseStatedDate(value: string): PartialDate | undefined {
  const trimmed = value.trim();
  const yearOnly = /^(\d{4})$/.exec(trimmed);
  if (yearOnly) return partialDate({ year: Number(yearOnly[1]) }, trimmed);
  const yearMonth = /^(\d{4})-(\d{2})$/.exec(trimmed);
  if (yearMonth) return partialDate({ year: Number(yearMonth[1]), month: Number(yearMonth[2]) }, trimmed);
  const found = findDateInLine(trimmed);
  return found ? { ...found.date, text: trimmed } : undefined;
}
