import { describe, expect, it } from '@jest/globals';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';
import { checkPersonBase } from '../../../src/knowledge/office-terms.ts';
import type { Person } from '../../../src/knowledge/knowledge-schema.ts';

const knowledge = loadKnowledgeBase();

function person(id: `person:${string}`, offices: NonNullable<Person['offices']>, sources = ['https://example.org/list']): Person {
  return { id, name: id, names: { en: [id] }, wikidataId: null, offices, sources };
}

describe('the person knowledge base', () => {
  it('holds at least 600 officials, each with offices and a source, and passes every check', () => {
    expect(
      knowledge.persons.filter((record) => (record.offices ?? []).length > 0 && (record.sources ?? []).length > 0).length,
    ).toBeGreaterThanOrEqual(600);
    expect(checkPersonBase(knowledge)).toEqual([]);
  });

  it('covers the heads of state, heads of government, foreign and defence ministers of the region since 2010', () => {
    const holders = (officeId: string, countryId: string) =>
      knowledge.persons.filter((record) =>
        record.offices?.some((holding) => holding.officeId === officeId && holding.countryId === countryId),
      ).length;
    for (const countryId of [
      'country:kz',
      'country:kg',
      'country:uz',
      'country:tj',
      'country:ru',
      'country:tr',
      'country:az',
      'country:cn',
      'country:us',
    ]) {
      expect({
        countryId,
        president: holders('office:president', countryId) > 0,
        foreignMinister: holders('office:minister-of-foreign-affairs', countryId) > 0,
        defenceMinister: holders('office:minister-of-defence', countryId) > 0,
      }).toEqual({ countryId, president: true, foreignMinister: true, defenceMinister: true });
    }
  });
});

describe('checks of the person base', () => {
  it('reports two holders of a single-holder office whose terms surely overlap', () => {
    const problems = checkPersonBase({
      asOf: '2025-01-01',
      persons: [
        person('person:a', [{ officeId: 'office:president', countryId: 'country:kz', from: '2010-01-01', to: '2015-06-30' }]),
        person('person:b', [{ officeId: 'office:president', countryId: 'country:kz', from: '2015-01-01', current: true }]),
      ],
    });

    expect(problems).toEqual([{ personId: 'person:a', message: expect.stringContaining('office:president@country:kz while person:b') }]);
  });

  it('lets a handover pass on the same day, within a year given without a month, and by an acting holder', () => {
    const problems = checkPersonBase({
      asOf: '2025-01-01',
      persons: [
        person('person:a', [{ officeId: 'office:prime-minister', countryId: 'country:kg', from: '2010', to: '2019' }]),
        person('person:b', [{ officeId: 'office:prime-minister', countryId: 'country:kg', from: '2019', to: '2021-03-01' }]),
        person('person:c', [{ officeId: 'office:prime-minister', countryId: 'country:kg', from: '2021-03-01', current: true }]),
        person('person:d', [
          { officeId: 'office:prime-minister', countryId: 'country:kg', from: '2022-01-01', to: '2022-03-01', note: 'acting' },
        ]),
        person('person:e', [{ officeId: 'office:deputy-prime-minister', countryId: 'country:kg', from: '2022-01-01', current: true }]),
        person('person:f', [{ officeId: 'office:deputy-prime-minister', countryId: 'country:kg', from: '2022-01-01', current: true }]),
      ],
    });

    expect(problems).toEqual([]);
  });

  it('reports a record with no source', () => {
    expect(checkPersonBase({ asOf: '2025-01-01', persons: [person('person:a', [], [])] })).toEqual([
      { personId: 'person:a', message: expect.stringContaining('has no sources') },
    ]);
  });
});
