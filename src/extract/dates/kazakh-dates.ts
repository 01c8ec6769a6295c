/**
 * Dates in Kazakh text, which chrono-node does not read: "10 қарашада", "2024 жылғы 12 қазанда",
 * "11-12 қарашада" (a range: its first day), "бүгін" (today), "кеше" (yesterday). Month words carry case
 * endings ("қарашада", "мамырдың"); the year, when written, comes first.
 */
import { MONTH_PATTERN, monthOf, relativeDayWords } from './date-words.ts';

export interface KazakhDate {
  readonly index: number;
  readonly text: string;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** Days from publication, for "бүгін", "кеше", "ертең". */
  readonly daysFromPublication?: number;
}

const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(\d{4})\s*(?:жылғы|жылы|жылдың|ж\.)\s+)?(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+(${MONTH_PATTERN})`,
  'giu',
);

export function findKazakhDates(text: string): KazakhDate[] {
  const found: KazakhDate[] = [];
  for (const match of text.matchAll(DAY_MONTH)) {
    const month = monthOf(match[3]!);
    const day = Number(match[2]);
    if (month === undefined || day < 1 || day > 31) continue;
    found.push({ index: match.index, text: match[0], month, day, ...(match[1] === undefined ? {} : { year: Number(match[1]) }) });
  }
  const relative = relativeDayWords('kk');
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const offset = relative.get(match[0].toLowerCase());
    if (offset !== undefined) found.push({ index: match.index, text: match[0], daysFromPublication: offset });
  }
  return found.sort((a, b) => a.index - b.index);
}
