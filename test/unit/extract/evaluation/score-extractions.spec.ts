import { describe, expect, it } from '@jest/globals';
import { parseGold, type GoldInput } from '../../../../src/extract/evaluation/gold-schema.ts';
import { scoreExtractions } from '../../../../src/extract/evaluation/score-extractions.ts';
import { buildExtraction, type ArticleSpec } from '../../../support/extraction-builder.ts';

const SENTENCES = [
  'Turkey, Kazakhstan to boost defense industry cooperation',
  "Turkey's Deputy National Defense Minister Muhsin Dere met with Kazakhstan's Defense Minister Nurlan Yermekbayev in Nur-Sultan on Thursday.",
  "Dere also met with Kazakhstan's Industry Minister Beibut Atamkulov.",
  'The two ministries signed a memorandum on military education.',
  'Kazakhstan welcomed the accession of Belarus to the SCO.',
  'Trade reached US$5.3 billion in 2021.',
  'Brazil has 49 cases of spotted fever in 2023, six deaths',
];

const GOLD: GoldInput = {
  article: 'dere-visit.txt',
  language: 'en',
  publishedAt: '2021-02-05T13:16',
  persons: [
    {
      id: 'person:muhsin-dere',
      name: 'Muhsin Dere',
      offices: [{ officeId: 'office:deputy-minister-of-defence', countryId: 'country:tr' }],
    },
    {
      id: 'person:nurlan-yermekbayev',
      name: 'Nurlan Yermekbayev',
      aliases: ['Нурлан Ермекбаев'],
      offices: [{ officeId: 'office:minister-of-defence', countryId: 'country:kz' }],
    },
    { id: 'person:beibut-atamkulov', name: 'Beibut Atamkulov' },
  ],
  organizations: ['org:sco', { name: 'Brotherhood Defence Works', aliases: ['Завод Братство'] }],
  places: ['place:astana'],
  countries: ['country:tr', 'country:kz', 'country:by'],
  events: [
    { kind: 'meeting', date: '2021-02-04', placeId: 'place:astana', participants: ['person:muhsin-dere', 'person:nurlan-yermekbayev'] },
    { kind: 'meeting', participants: ['Muhsin Dere', 'Beibut Atamkulov'] },
  ],
  agreements: [{ kind: 'memorandum', status: 'signed', parties: ['country:tr', 'country:kz'] }],
  relations: [{ kind: 'accession', subjectId: 'country:by', objectId: 'org:sco' }],
  figures: [{ kind: 'trade_volume', value: 5.3e9, unit: 'USD', year: 2021 }],
  mustNotContain: ['spotted fever'],
};

/** Everything the gold states, extracted exactly. */
const PERFECT: ArticleSpec = {
  id: 'article:dere-visit',
  publishedAt: '2021-02-05',
  sentences: SENTENCES,
  entities: [
    { id: 'person:muhsin-dere', kind: 'person', name: 'Muhsin Dere', in: [1, 2] },
    { id: 'person:nurlan-yermekbayev', kind: 'person', name: 'Nurlan Yermekbayev', in: [1] },
    { id: 'person:beibut-atamkulov', kind: 'person', name: 'Beibut Atamkulov', in: [2] },
    { id: 'org:sco', kind: 'organization', name: 'Shanghai Cooperation Organisation', in: [4] },
    { id: 'org:brotherhood-defence-works', kind: 'organization', name: 'Brotherhood Defence Works', known: false, in: [3] },
    { id: 'place:astana', kind: 'place', name: 'Astana', in: [1] },
    { id: 'country:tr', kind: 'country', name: 'Turkey', in: [0] },
    { id: 'country:kz', kind: 'country', name: 'Kazakhstan', in: [0] },
    { id: 'country:by', kind: 'country', name: 'Belarus', in: [4] },
  ],
  offices: [
    {
      personId: 'person:muhsin-dere',
      officeId: 'office:deputy-minister-of-defence',
      title: 'Deputy National Defense Minister',
      countryId: 'country:tr',
      in: 1,
    },
    {
      personId: 'person:nurlan-yermekbayev',
      officeId: 'office:minister-of-defence',
      title: 'Defense Minister',
      countryId: 'country:kz',
      in: 1,
    },
  ],
  events: [
    {
      kind: 'meeting',
      date: '2021-02-04',
      placeId: 'place:astana',
      participantIds: ['person:muhsin-dere', 'person:nurlan-yermekbayev'],
      in: [1],
    },
    { kind: 'meeting', participantIds: ['person:muhsin-dere', 'person:beibut-atamkulov'], in: [2] },
  ],
  agreements: [{ kind: 'memorandum', status: 'signed', partyIds: ['country:kz', 'country:tr'], in: [3] }],
  relations: [{ kind: 'accession', subjectId: 'country:by', objectId: 'org:sco', in: 4 }],
  figures: [{ kind: 'trade_volume', value: 5.3e9, unit: 'USD', year: 2021, in: 5 }],
};

function score(spec: ArticleSpec, gold: GoldInput = GOLD) {
  return scoreExtractions([{ gold: parseGold(gold), result: buildExtraction(spec) }]);
}

describe('scoreExtractions', () => {
  it('gives precision, recall and F1 of 1 for every fact type of a perfect result', () => {
    const report = score(PERFECT);

    for (const [type, total] of Object.entries(report.totals)) {
      expect([type, total.precision, total.recall, total.f1]).toEqual([type, 1, 1, 1]);
    }
    expect(report.totals.persons).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(report.totals.dates).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(report.micro.f1).toBe(1);
    expect(report.clutterViolations).toBe(0);
  });

  it('gives recall 0 for every annotated fact type of an empty result', () => {
    const report = score({ id: 'article:empty', sentences: SENTENCES, entities: [] });

    for (const [type, total] of Object.entries(report.totals)) {
      expect([type, total.recall, total.tp, total.fp]).toEqual([type, 0, 0, 0]);
    }
    expect(report.totals.persons.fn).toBe(3);
    expect(report.totals.events.fn).toBe(2);
    expect(report.totals.participantPairs.fn).toBe(2);
    expect(report.micro.recall).toBe(0);
  });

  it('counts a missed person as a false negative and an unannotated one as a false positive', () => {
    const report = score({
      ...PERFECT,
      entities: [
        ...PERFECT.entities.filter((entity) => entity.id !== 'person:beibut-atamkulov'),
        { id: 'person:adlet-seilkhanov', kind: 'person', name: 'Adlet Seilkhanov', in: [0] },
      ],
    });

    expect(report.totals.persons).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(report.articles[0]!.facts.persons!.missed).toEqual(['Beibut Atamkulov']);
    expect(report.articles[0]!.facts.persons!.spurious).toEqual(['person:adlet-seilkhanov "Adlet Seilkhanov"']);
    expect(report.totals.persons.precision).toBeCloseTo(2 / 3);
  });

  it('matches a person unknown to extraction by a Cyrillic alias, by transliteration and by a romanization variant', () => {
    const unknown = (name: string) => ({
      ...PERFECT,
      entities: PERFECT.entities.map((entity) =>
        entity.id === 'person:nurlan-yermekbayev' ? { ...entity, id: 'person:x', name, known: false } : entity,
      ),
      offices: [],
      events: PERFECT.events!.map((event) => ({
        ...event,
        participantIds: event.participantIds.map((id) => (id === 'person:nurlan-yermekbayev' ? 'person:x' : id)),
      })),
    });

    for (const name of ['Нурлан Ермекбаев', 'Нурлан Єрмекбаєв', 'Nurlan Ermekbaev', 'Nurlan Yermekbaev']) {
      const report = score(unknown(name));
      expect([name, report.totals.persons.tp, report.totals.events.tp]).toEqual([name, 3, 2]);
    }
  });

  it('does not match a person whose name differs beyond a small edit distance, nor one linked to another record', () => {
    const renamed = score({
      ...PERFECT,
      entities: PERFECT.entities.map((entity) =>
        entity.id === 'person:beibut-atamkulov'
          ? { ...entity, id: 'person:baurzhan-atamov', name: 'Baurzhan Atamov', known: false }
          : entity,
      ),
    });
    const wronglyLinked = score({
      ...PERFECT,
      entities: PERFECT.entities.map((entity) =>
        entity.id === 'person:beibut-atamkulov' ? { ...entity, id: 'person:murat-bektanov' } : entity,
      ),
    });

    expect(renamed.totals.persons).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(wronglyLinked.totals.persons).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  });

  it('matches an organization the knowledge base lacks by name', () => {
    const report = score({
      ...PERFECT,
      entities: PERFECT.entities.map((entity) =>
        entity.id === 'org:brotherhood-defence-works' ? { ...entity, id: 'org:zavod-bratstvo', name: 'Завод «Братство»' } : entity,
      ),
    });

    expect(report.totals.organizations).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('takes talks for a gold meeting, but not a phone call', () => {
    const asKind = (kind: 'talks' | 'phone_call') =>
      score({ ...PERFECT, events: PERFECT.events!.map((event, index) => (index === 0 ? { ...event, kind } : event)) });

    expect(asKind('talks').totals.events).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(asKind('phone_call').totals.events).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('matches an event with one participant in common only when the participants are the same and the dates agree', () => {
    const gold: GoldInput = { ...GOLD, events: [{ kind: 'visit', date: '2021-02-04', participants: ['person:muhsin-dere'] }] };
    const visit = (date: string, participantIds: string[]) =>
      score({ ...PERFECT, events: [{ kind: 'visit', date, participantIds, in: [1] }] }, gold);

    expect(visit('2021-02-04', ['person:muhsin-dere']).totals.events.tp).toBe(1);
    expect(visit('2021-02-05', ['person:muhsin-dere']).totals.events.tp).toBe(0);
    expect(visit('2021-02-04', ['person:muhsin-dere', 'country:kz']).totals.events.tp).toBe(0);
  });

  it('scores an event found with the wrong date as found, and its date as wrong', () => {
    const report = score({
      ...PERFECT,
      events: PERFECT.events!.map((event, index) => (index === 0 ? { ...event, date: '2021-02-05' } : event)),
    });

    expect(report.totals.events).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(report.totals.dates).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(report.articles[0]!.facts.dates!.missed).toEqual(['date of event e1: 2021-02-04']);
  });

  it('counts each unordered pair of participants once over all events', () => {
    const report = score({
      ...PERFECT,
      events: [
        ...PERFECT.events!,
        { kind: 'talks', participantIds: ['person:nurlan-yermekbayev', 'person:muhsin-dere'], in: [1] },
        { kind: 'meeting', participantIds: ['person:nurlan-yermekbayev', 'person:beibut-atamkulov'], in: [2] },
      ],
    });

    expect(report.totals.participantPairs).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(report.articles[0]!.facts.participantPairs!.spurious).toEqual(['Nurlan Yermekbayev + Beibut Atamkulov']);
  });

  it('matches agreements on kind, status and parties', () => {
    const withAgreement = (agreement: NonNullable<ArticleSpec['agreements']>[number]) =>
      score({ ...PERFECT, agreements: [agreement] }).totals.agreements;

    expect(withAgreement({ kind: 'memorandum', status: 'signed', partyIds: ['country:tr', 'country:kz'], in: [3] })).toMatchObject({
      tp: 1,
    });
    expect(withAgreement({ kind: 'agreement', status: 'signed', partyIds: ['country:tr', 'country:kz'], in: [3] })).toMatchObject({
      tp: 0,
      fp: 1,
      fn: 1,
    });
    expect(withAgreement({ kind: 'memorandum', status: 'planned', partyIds: ['country:tr', 'country:kz'], in: [3] })).toMatchObject({
      tp: 0,
      fp: 1,
      fn: 1,
    });
    expect(withAgreement({ kind: 'memorandum', status: 'signed', partyIds: ['country:tr', 'country:by'], in: [3] })).toMatchObject({
      tp: 0,
      fp: 1,
      fn: 1,
    });
  });

  it('counts an office held in the wrong country as wrong, and leaves out a title with no canonical office', () => {
    const report = score({
      ...PERFECT,
      offices: [
        {
          personId: 'person:muhsin-dere',
          officeId: 'office:deputy-minister-of-defence',
          title: 'Deputy Minister',
          countryId: 'country:kz',
          in: 1,
        },
        {
          personId: 'person:nurlan-yermekbayev',
          officeId: 'office:minister-of-defence',
          title: 'Defense Minister',
          countryId: 'country:kz',
          in: 1,
        },
        { personId: 'person:beibut-atamkulov', title: 'Industry Minister', countryId: 'country:kz', in: 2 },
      ],
    });

    expect(report.totals.offices).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('neither rewards nor punishes an optional gold fact', () => {
    const gold: GoldInput = {
      ...GOLD,
      persons: [...GOLD.persons, { id: 'person:adlet-seilkhanov', name: 'Adlet Seilkhanov', optional: true }],
    };
    const found = score(
      { ...PERFECT, entities: [...PERFECT.entities, { id: 'person:adlet-seilkhanov', kind: 'person', name: 'Adlet Seilkhanov', in: [0] }] },
      gold,
    );
    const notFound = score(PERFECT, gold);

    expect(found.totals.persons).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(notFound.totals.persons).toMatchObject({ tp: 3, fp: 0, fn: 0 });
  });

  it('reports every fact whose evidence contains clutter the gold forbids', () => {
    const report = score({
      ...PERFECT,
      entities: [...PERFECT.entities, { id: 'country:br', kind: 'country', name: 'Brazil', in: [6] }],
      figures: [...PERFECT.figures!, { kind: 'cases', value: 49, unit: 'cases', in: 6 }],
    });

    expect(report.clutterViolations).toBe(2);
    expect(report.articles[0]!.clutter.map((violation) => violation.fact)).toEqual(['entity country:br', 'figure cases']);
    expect(report.totals.countries).toMatchObject({ tp: 3, fp: 1 });
  });

  it('leaves countries and figures out of the totals for articles whose gold does not annotate them', () => {
    const { countries, figures, ...withoutOptionalTypes } = GOLD;
    const report = scoreExtractions([
      { gold: parseGold(GOLD), result: buildExtraction(PERFECT) },
      { gold: parseGold(withoutOptionalTypes), result: buildExtraction(PERFECT) },
    ]);

    expect(report.articlesScored.countries).toBe(1);
    expect(report.totals.countries).toMatchObject({ tp: 3, fp: 0 });
    expect(report.totals.persons).toMatchObject({ tp: 6, fp: 0, fn: 0 });
  });

  it('adds every fact type into the micro totals', () => {
    const report = score({ ...PERFECT, relations: [], figures: [] });

    expect(report.micro.fn).toBe(2);
    expect(report.micro.tp).toBe(Object.values(report.totals).reduce((sum, total) => sum + total.tp, 0));
  });
});
