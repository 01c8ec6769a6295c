/** Partial dates of the knowledge base (office terms, memberships) as whole UTC days since 1970-01-01: easy to compare, add to and pick at random. */
export const DAY_MS = 86_400_000;

export function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** The first day a partial date (YYYY, YYYY-MM or YYYY-MM-DD) can mean. */
export function firstDayOf(partial: string): number {
  const [year, month = '01', day = '01'] = partial.split('-');
  return dayOf(`${year}-${month}-${day}`);
}

/** The last day a partial date can mean. */
export function lastDayOf(partial: string): number {
  const [year, month, day] = partial.split('-');
  if (day !== undefined) return dayOf(partial);
  if (month !== undefined) return Math.floor(Date.UTC(Number(year), Number(month), 1) / DAY_MS) - 1;
  return dayOf(`${year}-12-31`);
}
