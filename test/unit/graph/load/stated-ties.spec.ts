import { describe, expect, it } from '@jest/globals';
import { toGraphRows } from '../../../../src/graph/load/graph-rows.ts';
import { statedTies } from '../../../../src/graph/load/stated-ties.ts';
import { ASTANA_REPORT, ENGLISH_REPORT, UKRAINIAN_REPORT } from '../../../fixtures/ankara-talks.ts';
import { buildExtraction, type ArticleSpec } from '../../../support/extraction-builder.ts';

const rows = (...specs: ArticleSpec[]) => specs.map((spec) => toGraphRows(buildExtraction(spec)));

/** A short report stating Tokayev's office, as several articles do. */
function officeReport(id: string, office: { officeId?: string; title: string }, publishedAt?: string): ArticleSpec {
  return {
    id,
    ...(publishedAt ? { publishedAt } : {}),
    sentences: [`President ${id} Tokayev spoke.`],
    entities: [
      { id: 'person:kassym-jomart-tokayev', kind: 'person', name: 'Kassym-Jomart Tokayev', in: [0], countryId: 'country:kz' },
      { id: 'country:kz', kind: 'country', name: 'Kazakhstan', in: [0] },
    ],
    offices: [{ personId: 'person:kassym-jomart-tokayev', countryId: 'country:kz', ...office, in: 0 }],
  };
}

describe('stated ties: links, offices and memberships grouped by relationship', () => {
  it('gives one row per relationship with every stating article in load order, sentences and offsets aligned', () => {
    const ties = statedTies(rows(ENGLISH_REPORT, UKRAINIAN_REPORT));

    const tokayev = ties.links.person.find((row) => row.fromId === 'person:kassym-jomart-tokayev')!;
    expect(ties.links.person).toHaveLength(2);
    expect(tokayev.countryId).toBe('country:kz');
    expect(tokayev.sources).toEqual(['article:test-ankara-en', 'article:test-ankara-uk']);
    expect(tokayev.sentences).toEqual([ENGLISH_REPORT.sentences[0], UKRAINIAN_REPORT.sentences[0]]);
    expect(tokayev.starts).toEqual([0, 0]);
    expect(tokayev.ends).toEqual([ENGLISH_REPORT.sentences[0]!.length, UKRAINIAN_REPORT.sentences[0]!.length]);
    expect(ties.links.place.map((row) => [row.fromId, row.sources.length])).toEqual([['place:ankara', 2]]);
  });

  it('is the rows of one article, one source each, for a single article', () => {
    const [english] = rows(ENGLISH_REPORT);
    const ties = statedTies([english!]);

    expect(ties.links.person.map((row) => row.fromId)).toEqual(english!.links.person.map((link) => link.fromId));
    for (const row of [...ties.links.person, ...ties.links.place]) expect(row.sources).toEqual(['article:test-ankara-en']);
  });

  it('keeps the last officeId stated, the latest as-of date and the highest confidence, as appending one article at a time does', () => {
    const [first, second, third] = rows(
      officeReport('article:test-office-1', { officeId: 'office:president', title: 'President' }, '2020-01-01'),
      officeReport('article:test-office-2', { title: 'President' }, '2021-01-01'),
      officeReport('article:test-office-3', { title: 'President' }),
    );
    second!.offices[0]!.confidence = 0.95;

    const [office] = statedTies([first!, second!, third!]).offices;

    expect(office).toMatchObject({
      personId: 'person:kassym-jomart-tokayev',
      holderId: 'country:kz',
      title: 'President',
      officeId: 'office:president',
      asOf: '2021-01-01',
      confidence: 0.95,
      sources: ['article:test-office-1', 'article:test-office-2', 'article:test-office-3'],
    });
  });

  it('keeps the latest as-of date whatever order the articles come in', () => {
    const later = officeReport('article:test-office-1', { title: 'President' }, '2022-06-01');
    const earlier = officeReport('article:test-office-2', { title: 'President' }, '2019-03-01');

    expect(statedTies(rows(later, earlier)).offices[0]!.asOf).toBe('2022-06-01');
    expect(statedTies(rows(earlier, later)).offices[0]!.asOf).toBe('2022-06-01');
  });

  it('keeps offices of different titles apart', () => {
    const ties = statedTies(
      rows(
        officeReport('article:test-office-1', { title: 'President' }),
        officeReport('article:test-office-2', { title: 'Head of State' }),
      ),
    );

    expect(ties.offices.map((office) => office.title)).toEqual(['President', 'Head of State']);
  });

  it('lists every membership status stated, in article order', () => {
    const observer = {
      ...ASTANA_REPORT,
      id: 'article:test-astana-2',
      memberships: [],
      relations: [{ kind: 'observer_of' as const, subjectId: 'country:by', objectId: 'org:sco', in: 1 }],
    };
    const ties = statedTies(rows(ASTANA_REPORT, observer));

    const belarus = ties.memberships.find((row) => row.countryId === 'country:by' && row.organizationId === 'org:sco')!;
    expect(belarus.statuses).toEqual(['member', 'observer']);
    expect(belarus.sources).toEqual(['article:test-astana-en', 'article:test-astana-2']);
    expect(ties.memberships).toHaveLength(4);
  });
});
