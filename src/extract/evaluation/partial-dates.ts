/** Comparing ISO partial dates (2022-05-10, 2022-05, 2022, --05-10) part by part. */

interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

export function dateParts(iso: string): DateParts {
  const yearless = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (yearless) return { month: Number(yearless[1]), day: Number(yearless[2]) };
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return {
    ...(year === undefined ? {} : { year }),
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
  };
}

/** True when no part that both dates state differs: 2022-05-10 fits --05-10 and 2022-05, not 2022-05-11. */
export function datesCompatible(first: string, second: string): boolean {
  const a = dateParts(first);
  const b = dateParts(second);
  return (['year', 'month', 'day'] as const).every((part) => a[part] === undefined || b[part] === undefined || a[part] === b[part]);
}

/** The date part of an ISO date-time, as precise as it is: "2022-05-11T16:47" gives "2022-05-11". */
export function dateOnly(iso: string): string {
  return iso.replace(/T.*$/, '');
}
