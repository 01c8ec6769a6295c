/**
 * Dates in Kazakh text, which chrono-node does not read: "10 қарашада", "2024 жылғы 12 қазанда",
 * "11-12 қарашада" (a range: its first day), "12-қазанда" (the day as an ordinal, joined by a hyphen), "бүгін" (today), "кеше" (yesterday), "бейсенбіде" (on
 * Thursday). Month words carry case endings ("қарашада", "мамырдың"); the year, when written, comes first.
 */
import { MONTH_PATTERN, monthOf, relativeDayWords, weekdayWords } from './date-words.ts';

export interface KazakhDate {
  readonly index: number;
  readonly text: string;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** Days from publication, for "бүгін", "кеше", "ертең". */
  readonly daysFromPublication?: number;
  /** A weekday (0 Sunday ... 6 Saturday), for "бейсенбіде", "дүйсенбі күні": the latest such day up to publication. */
  readonly weekday?: number;
}

const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(\d{4})\s*(?:жылғы|жылы|жылдың|ж\.)\s+)?(\d{1,2})(?:\s*[-–]\s*\d{1,2})?(?:\s+|-)(${MONTH_PATTERN})`,
  'giu',
);

/** "мамыр айының 15-і" (the 15th of the month of May), "2024 жылғы қазан айының 12-сінде": the month first, then its day. */
const MONTH_OF_DAY = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(\d{4})\s*(?:жылғы|жылы|жылдың|ж\.)\s+)?(${MONTH_PATTERN})\s+айының\s+(\d{1,2})(?![\d])`,
  'giu',
);

export function findKazakhDates(text: string): KazakhDate[] {
  const found: KazakhDate[] = [];
  const add = (match: RegExpMatchArray, monthWord: string, dayText: string) => {
    const month = monthOf(monthWord);
    const day = Number(dayText);
    if (month === undefined || day < 1 || day > 31) return;
    found.push({ index: match.index!, text: match[0], month, day, ...(match[1] === undefined ? {} : { year: Number(match[1]) }) });
  };
  for (const match of text.matchAll(DAY_MONTH)) add(match, match[3]!, match[2]!);
  for (const match of text.matchAll(MONTH_OF_DAY)) add(match, match[2]!, match[3]!);
  found.push(...findRelativeDays(text, 'kk'), ...findWeekdays(text, 'kk'));
  return found.sort((a, b) => a.index - b.index);
}

/** Words naming a day relative to publication that chrono misses ("кеше", Ukrainian "учора"). */
export function findRelativeDays(text: string, language: string): KazakhDate[] {
  const relative = relativeDayWords(language);
  if (relative.size === 0) return [];
  const found: KazakhDate[] = [];
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const offset = relative.get(match[0].toLowerCase());
    if (offset !== undefined) found.push({ index: match.index, text: match[0], daysFromPublication: offset });
  }
  return found;
}

/** "бейсенбіде" (on Thursday), "дүйсенбі күні" (on Monday): a weekday name with a locative ending or "күні". */
function findWeekdays(text: string, language: string): KazakhDate[] {
  const words = weekdayWords(language);
  if (words === undefined) return [];
  const found: KazakhDate[] = [];
  // The follower is looked at, not taken, so that "өткен бейсенбіде" still finds the weekday after "өткен".
  for (const match of text.matchAll(/(\p{L}+)(?=(\s+(\p{L}+))?)/gu)) {
    const word = match[1]!.toLowerCase();
    const named = words.names[word];
    if (named !== undefined && match[3] !== undefined && words.followers.includes(match[3].toLowerCase())) {
      found.push({ index: match.index, text: match[1]! + match[2]!, weekday: named });
      continue;
    }
    const ending = words.endings.find((candidate) => word.endsWith(candidate));
    const stemDay = ending === undefined ? undefined : words.names[word.slice(0, -ending.length)];
    if (stemDay !== undefined) found.push({ index: match.index, text: match[1]!, weekday: stemDay });
  }
  return found;
}
