import type { OfficeHolding, Person } from '../../knowledge/knowledge-schema.ts';

/** Whether an ISO date prefix (2019, 2019-03, 2019-03-20) is on or after another, comparing only the parts both have. */
function onOrAfter(date: string, bound: string): boolean {
  const length = Math.min(date.length, bound.length);
  return date.slice(0, length) >= bound.slice(0, length);
}

/** The offices the knowledge base says a person held on a date (an ISO prefix). */
export function knownOfficesAt(person: Person, date: string): OfficeHolding[] {
  return (person.offices ?? []).filter(
    (holding) =>
      (holding.from === undefined || onOrAfter(date, holding.from)) &&
      (holding.to === undefined ? holding.current === true || holding.from !== undefined : onOrAfter(holding.to, date)),
  );
}
