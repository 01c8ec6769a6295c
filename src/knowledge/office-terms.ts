import { firstDayOf, lastDayOf } from './partial-date-days.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import type { Person } from './knowledge-schema.ts';

/**
 * Offices one person holds at a time for a country or an organization: two holders whose terms surely
 * overlap mean a wrong date. Deputies, ministers without portfolio and ambassadors have many holders.
 */
export const SINGLE_HOLDER_OFFICES: ReadonlySet<string> = new Set([
  'office:president',
  'office:vice-president',
  'office:king',
  'office:emir',
  'office:sultan',
  'office:crown-prince',
  'office:prime-minister',
  'office:chancellor',
  'office:minister-of-foreign-affairs',
  'office:minister-of-defence',
  'office:secretary-general',
  'office:chairman-of-the-senate',
  'office:chairman-of-the-mazhilis',
]);

/** One thing wrong with the person base, worded for whoever edits persons.json. */
export interface PersonBaseProblem {
  personId: string;
  message: string;
}

interface Term {
  personId: string;
  /** The latest day the term may have begun, and the earliest it may have ended (days since 1970). */
  startsBy: number;
  endsNoEarlierThan: number;
}

/**
 * Checks that go beyond each record's shape (the loader's schema checks those): a source for every
 * record, and no two holders of a single-holder office whose terms surely overlap. Partial dates count
 * at their most lenient: "2019" ends no earlier than 2019-01-01 and begins by 2019-12-31, so holders
 * who handed over within a year that the base gives without a month pass. Acting holders are left out:
 * they stand in while the holder is away or suspended.
 */
export function checkPersonBase(knowledge: Pick<KnowledgeBase, 'persons' | 'asOf'>): PersonBaseProblem[] {
  const problems: PersonBaseProblem[] = [];
  const terms = new Map<string, Term[]>();
  for (const person of knowledge.persons) {
    if (person.sources === undefined || person.sources.length === 0) {
      problems.push({ personId: person.id, message: 'has no sources: give the URL of a public page that states its names and offices' });
    }
    for (const holding of person.offices ?? []) {
      if (!SINGLE_HOLDER_OFFICES.has(holding.officeId) || holding.note?.includes('acting') === true) continue;
      const term = termOf(person, holding, knowledge.asOf);
      if (term === undefined) continue;
      const key = `${holding.officeId}@${holding.countryId ?? holding.organizationId ?? '?'}`;
      terms.set(key, [...(terms.get(key) ?? []), term]);
    }
  }
  for (const [office, held] of terms) {
    for (let i = 0; i < held.length; i += 1) {
      for (let j = i + 1; j < held.length; j += 1) {
        const [a, b] = [held[i]!, held[j]!];
        if (a.personId === b.personId) continue;
        if (a.startsBy < b.endsNoEarlierThan && b.startsBy < a.endsNoEarlierThan) {
          problems.push({
            personId: a.personId,
            message: `holds ${office} while ${b.personId} surely does too: check the from/to dates of both`,
          });
        }
      }
    }
  }
  return problems;
}

function termOf(person: Person, holding: NonNullable<Person['offices']>[number], asOf: string): Term | undefined {
  if (holding.from === undefined) return undefined;
  const end = holding.to ?? (holding.current === true ? asOf : undefined);
  if (end === undefined) return undefined;
  return { personId: person.id, startsBy: lastDayOf(holding.from), endsNoEarlierThan: firstDayOf(end) };
}
