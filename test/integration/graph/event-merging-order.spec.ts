import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../../../src/extract/contract/extraction-result.ts';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { buildExtraction, type ArticleSpec } from '../../support/extraction-builder.ts';
import { graphContents, orderFreeContents } from '../../support/graph-contents.ts';
import { deleteAllData, eventsWithSources, openTestDatabase } from '../../support/test-database.ts';

// Two real retellings of one day at the UN General Assembly (The Astana Times and Turkish News World,
// 2024-09): one names each minister Nurtleu met, so it gives one meeting each; the other names only their
// countries, so it gives one meeting with all of them. Either report may be loaded first, or read again.
const MINISTERS = [
  { id: 'person:jose-manuel-albares', name: 'José Manuel Albares', countryId: 'country:es', country: 'Spain' },
  { id: 'person:baiba-braze', name: 'Baiba Braže', countryId: 'country:lv', country: 'Latvia' },
  { id: 'person:xavier-bettel', name: 'Xavier Bettel', countryId: 'country:lu', country: 'Luxembourg' },
];
const NURTLEU = { id: 'person:murat-nurtleu', kind: 'person' as const, name: 'Murat Nurtleu' };
const NEW_YORK = { id: 'place:new-york', kind: 'place' as const, name: 'New York' };

const ONE_MEETING_EACH: ArticleSpec = {
  id: 'article:test-unga-each-minister',
  publishedAt: '2024-09-26',
  sentences: [
    'Nurtleu met with the foreign ministers of Spain José Albares, Latvia Baiba Braže and Luxembourg Xavier Bettel on Sept. 25 in New York.',
  ],
  entities: [
    { ...NURTLEU, in: [0] },
    { ...NEW_YORK, in: [0] },
    ...MINISTERS.map((minister) => ({
      id: minister.id,
      kind: 'person' as const,
      name: minister.name,
      countryId: minister.countryId,
      in: [0],
    })),
    ...MINISTERS.map((minister) => ({ id: minister.countryId, kind: 'country' as const, name: minister.country, in: [0] })),
  ],
  events: MINISTERS.map((minister) => ({
    kind: 'meeting' as const,
    date: '2024-09-25',
    placeId: NEW_YORK.id,
    participantIds: [NURTLEU.id, minister.id],
    in: [0],
  })),
};

const ONE_MEETING_OF_ALL: ArticleSpec = {
  id: 'article:test-unga-countries',
  publishedAt: '2024-09-26',
  sentences: ['Nurtleu met with foreign ministers from Spain, Latvia and Luxembourg on September 25 in New York.'],
  entities: [
    { ...NURTLEU, in: [0] },
    { ...NEW_YORK, in: [0] },
    ...MINISTERS.map((minister) => ({ id: minister.countryId, kind: 'country' as const, name: minister.country, in: [0] })),
  ],
  events: [
    {
      kind: 'meeting',
      date: '2024-09-25',
      placeId: NEW_YORK.id,
      participantIds: [NURTLEU.id, ...MINISTERS.map((minister) => minister.countryId)],
      in: [0],
    },
  ],
};

describe('merging reports of one day across articles', () => {
  let driver: Driver;
  let database: string;

  const load = async (...results: ExtractionResult[]) => {
    for (const result of results) await loadExtraction(driver, database, result);
  };
  const eachMinister = buildExtraction(ONE_MEETING_EACH);
  const allCountries = buildExtraction(ONE_MEETING_OF_ALL);

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await applyMigrations(driver, database, silentLogger);
  });

  beforeEach(async () => {
    await deleteAllData(driver, database);
  });

  afterAll(async () => {
    await deleteAllData(driver, database);
    await driver.close();
  });

  it("keeps one article's meetings apart when another article's single meeting matches each of them", async () => {
    await load(allCountries, eachMinister);

    const events = await eventsWithSources(driver, database);
    expect(events).toHaveLength(3);
    expect(events.filter((event) => event.articles.includes(ONE_MEETING_EACH.id))).toHaveLength(3);
    expect(events.filter((event) => event.articles.includes(ONE_MEETING_OF_ALL.id))).toHaveLength(1);
  });

  it('gives the same events whichever report is loaded first', async () => {
    await load(eachMinister, allCountries);
    const eachFirst = await orderFreeContents(driver, database);
    await deleteAllData(driver, database);

    await load(allCountries, eachMinister);
    const allFirst = await orderFreeContents(driver, database);

    expect(allFirst.relationships).toEqual(eachFirst.relationships);
    expect(allFirst.nodes).toEqual(eachFirst.nodes);
  });

  it('gives the graph a fresh load gives when the article loaded first is read again under newer rules', async () => {
    const eachMinisterAgain = { ...eachMinister, extractorVersion: 'test-next' };
    await load(eachMinisterAgain, allCountries);
    const fresh = await graphContents(driver, database);
    await deleteAllData(driver, database);

    await load(eachMinister, allCountries);
    const outcome = await loadExtraction(driver, database, eachMinisterAgain);

    expect(outcome.status).toBe('updated');
    const reread = await graphContents(driver, database);
    expect(reread.relationships).toEqual(fresh.relationships);
    expect(reread.nodes).toEqual(fresh.nodes);
  });
});
