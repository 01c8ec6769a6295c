import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { createGraphReader, type GraphReader } from '../../../src/graph/read/graph-reader.ts';
import type { PageCursor } from '../../../src/graph/read/list-queries.ts';
import { readWhoMet } from '../../../src/graph/read/who-met.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { hostWithGuestsReport } from '../../fixtures/ankara-talks.ts';
import { buildExtraction, type ArticleSpec } from '../../support/extraction-builder.ts';
import { deleteAllData, openTestDatabase } from '../../support/test-database.ts';

const GUESTS = 5;

/**
 * A Kazakh host meets five Turkish guests on five days, and a Kazakh colleague on a sixth: Kazakhstan
 * met the five guests through its representative, not its own colleague.
 */
function kazakhHostWithTurkishGuests(): ArticleSpec {
  const report = hostWithGuestsReport(GUESTS);
  const colleague = GUESTS + 1;
  return {
    ...report,
    sentences: [...report.sentences, `Host Person met Colleague Person in Astana.`],
    entities: [
      ...report.entities.map((entity) => (entity.id.startsWith('person:test-guest-') ? { ...entity, countryId: 'country:tr' } : entity)),
      { id: 'country:tr', kind: 'country', name: 'Turkey', in: [0] },
      { id: 'person:test-colleague', kind: 'person', name: 'Colleague Person', in: [colleague - 1], countryId: 'country:kz' },
    ],
    events: [
      ...report.events!,
      { kind: 'meeting', date: '2023-02-28', participantIds: ['person:test-host', 'person:test-colleague'], in: [colleague - 1] },
    ],
  };
}

describe('who-met pages', () => {
  let driver: Driver;
  let reader: GraphReader;

  /** Every page of `first` counterparts, following each page's last position. */
  async function allPages(partyId: string, first: number) {
    const properties = { counterpart: ['id', 'name'], event: ['id', 'date'] };
    const pages = [];
    let after: PageCursor | null = null;
    do {
      const page = await readWhoMet(reader, { partyId, first, after, meetings: 20, properties });
      pages.push(page);
      after = page.hasNextPage ? page.counterparts.at(-1)!.position : null;
    } while (after !== null && pages.length < 10);
    return pages;
  }

  beforeAll(async () => {
    const test = openTestDatabase();
    driver = test.driver;
    await applyMigrations(driver, test.database, silentLogger);
    await deleteAllData(driver, test.database);
    await loadExtraction(driver, test.database, buildExtraction(kazakhHostWithTurkishGuests()));
    reader = createGraphReader(driver, test.database, { timeoutMs: 10_000 });
  });

  afterAll(async () => {
    await driver.close();
  });

  it("walk a country's counterparts through its representatives, latest first, each once, its own representatives aside", async () => {
    const pages = await allPages('country:kz', 2);

    expect(await Promise.all(pages.map((page) => page.totalCount()))).toEqual([5, 5, 5]);
    expect(pages.flatMap((page) => page.counterparts.map((row) => row.counterpart.id))).toEqual(
      [5, 4, 3, 2, 1].map((guest) => `person:test-guest-${guest}`),
    );
    expect(pages.flatMap((page) => page.counterparts.map((row) => row.meetings.map((meeting) => meeting.date)))).toEqual(
      [5, 4, 3, 2, 1].map((day) => [`2023-02-0${day}`]),
    );
  });

  it("walk a person's counterparts the same way, colleagues included", async () => {
    const pages = await allPages('person:test-host', 2);

    expect(await Promise.all(pages.map((page) => page.totalCount()))).toEqual([6, 6, 6]);
    expect(pages.flatMap((page) => page.counterparts.map((row) => row.counterpart.id))).toEqual([
      'person:test-colleague',
      ...[5, 4, 3, 2, 1].map((guest) => `person:test-guest-${guest}`),
    ]);
  });
});
