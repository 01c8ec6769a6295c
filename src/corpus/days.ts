import { DAY_MS } from '../knowledge/partial-date-days.ts';

export { dayOf, firstDayOf, lastDayOf } from '../knowledge/partial-date-days.ts';

export interface CalendarDay {
  year: number;
  /** 0 = January. */
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
  iso: string;
}

export function calendarDay(day: number): CalendarDay {
  const date = new Date(day * DAY_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth(),
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    iso: date.toISOString().slice(0, 10),
  };
}
