/**
 * "Met … in Astana this week", "осы аптада": the event lies between the Monday of the publication's week and
 * the publication itself. Its month is known when that stretch lies within one month; its day never is.
 */
import type { PartialDate } from '../contract/extraction-result.ts';
import { currentWeekPattern } from './date-words.ts';
import { partialDate } from './partial-date.ts';

export interface WeekPhrase {
  readonly index: number;
  readonly text: string;
}

const DAY_MS = 86_400_000;

export function findCurrentWeek(text: string, language: string): WeekPhrase[] {
  const pattern = currentWeekPattern(language);
  if (pattern === undefined) return [];
  return [...text.matchAll(pattern)].map((match) => ({ index: match.index, text: match[0] }));
}

/** The month of the publication's week, or undefined when its Monday falls in the month before. */
export function monthOfPublicationWeek(published: Date): PartialDate | undefined {
  const daysSinceMonday = (published.getDay() + 6) % 7;
  const monday = new Date(published.getTime() - daysSinceMonday * DAY_MS);
  if (monday.getMonth() !== published.getMonth()) return undefined;
  return partialDate({ year: published.getFullYear(), month: published.getMonth() + 1 });
}
