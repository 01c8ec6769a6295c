import type { PartialDate } from '../contract/extraction-result.ts';

export interface DateParts {
  year?: number | undefined;
  month?: number | undefined;
  day?: number | undefined;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A PartialDate from the parts the text states, or undefined when they make no valid date the contract
 * can write (a month without a year or day, a day alone, 31 February ...).
 */
export function partialDate(parts: DateParts, text?: string): PartialDate | undefined {
  const { year, month, day } = parts;
  if (year !== undefined && (year < 1000 || year > 2999)) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (month === undefined || day < 1 || day > daysInMonth(year ?? 2000, month))) return undefined;
  let iso: string;
  if (year !== undefined && month !== undefined && day !== undefined) iso = `${year}-${pad(month)}-${pad(day)}`;
  else if (year !== undefined && month !== undefined) iso = `${year}-${pad(month)}`;
  else if (year !== undefined && day === undefined) iso = String(year);
  else if (year === undefined && month !== undefined && day !== undefined) iso = `--${pad(month)}-${pad(day)}`;
  else return undefined;
  const result: PartialDate = { iso };
  if (year !== undefined) result.year = year;
  if (month !== undefined) result.month = month;
  if (day !== undefined) result.day = day;
  if (text !== undefined) result.text = text;
  return result;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A complete date as a local Date at noon (noon keeps day arithmetic clear of time-zone edges). */
export function localNoon(date: PartialDate): Date | undefined {
  if (date.year === undefined || date.month === undefined || date.day === undefined) return undefined;
  return new Date(date.year, date.month - 1, date.day, 12);
}
