import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { prepareGraph } from '../../../src/cli/prepare-graph.ts';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { readAgreementDetails, readEventDetails } from '../../../src/graph/read/fact-parts.ts';
import { createGraphReader } from '../../../src/graph/read/graph-reader.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { buildExtraction, type ArticleSpec } from '../../support/extraction-builder.ts';
import { deleteAllData, eventsWithSources, openTestDatabase } from '../../support/test-database.ts';

const TOKAYEV = 'person:kassym-jomart-tokayev';
const ERDOGAN = 'person:recep-tayyip-erdogan';

/** One meeting and the agreement signed at it, reported by an article published on `publishedAt` (or undated). */
const reportOf = (name: string, publishedAt?: string): ArticleSpec => ({
  id: `article:test-report-${name}`,
  ...(publishedAt === undefined ? {} : { publishedAt }),
  sentences: [`Kassym-Jomart Tokayev met Recep Tayyip Erdogan in Astana on 15 January 2023 (${name}).`],
  entities: [
    { id: TOKAYEV, kind: 'person', name: 'Kassym-Jomart Tokayev', in: [0] },
    { id: ERDOGAN, kind: 'person', name: 'Recep Tayyip Erdoğan', in: [0] },
    { id: 'country:kz', kind: 'country', name: 'Kazakhstan', in: [0] },
    { id: 'country:tr', kind: 'country', name: 'Turkey', in: [0] },
  ],
  events: [{ kind: 'meeting', date: '2023-01-15', participantIds: [TOKAYEV, ERDOGAN], in: [0] }],
  agreements: [{ kind: 'agreement', status: 'signed', partyIds: ['country:kz', 'country:tr'], date: '2023-01-15', event: 0, in: [0] }],
});

const NEWEST_FIRST = [
  'article:test-report-third',
  'article:test-report-second',
  'article:test-report-first',
  'article:test-report-undated',
];

describe("an event's and an agreement's sources and parts", () => {
  let driver: Driver;
  let database: string;

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await deleteAllData(driver, database);
    await prepareGraph(driver, database, silentLogger);
    // Loaded in no particular order of their dates.
    for (const [name, publishedAt] of [
      ['second', '2023-01-16'],
      ['undated', undefined],
      ['first', '2023-01-15'],
      ['third', '2023-01-17'],
    ] as const) {
      await loadExtraction(driver, database, buildExtraction(reportOf(name, publishedAt)));
    }
  });

  afterAll(async () => {
    await deleteAllData(driver, database);
    await driver.close();
  });

  it('come newest articles first, undated last, read only as far as the page asked', async () => {
    const [event] = await eventsWithSources(driver, database);
    const reader = createGraphReader(driver, database, { timeoutMs: 10_000 });
    const articlesOf = async (first: number) =>
      (await readEventDetails(reader, [event!.id], new Set(['sources']), first)).get(event!.id)!.sources!.map((source) => source.articleId);

    expect(event!.articles).toHaveLength(4);
    expect(await articlesOf(10)).toEqual(NEWEST_FIRST);
    expect(await articlesOf(2)).toEqual(NEWEST_FIRST.slice(0, 2));
  });

  it('of an agreement come newest articles first too, as far as the page asked, and its other parts only when asked', async () => {
    const { records } = await driver.executeQuery('MATCH (g:Agreement) RETURN g.id AS id', {}, { database });
    const [event] = await eventsWithSources(driver, database);
    const id = records.map((record) => record.get('id') as string);
    const reader = createGraphReader(driver, database, { timeoutMs: 10_000 });
    const articlesOf = async (first: number) =>
      (await readAgreementDetails(reader, id, new Set(['sources']), first)).get(id[0]!)!.sources!.map((source) => source.articleId);

    expect(id).toHaveLength(1);
    expect(await articlesOf(10)).toEqual(NEWEST_FIRST);
    expect(await articlesOf(3)).toEqual(NEWEST_FIRST.slice(0, 3));
    expect((await readAgreementDetails(reader, id, new Set(['partyIds', 'eventId']))).get(id[0]!)).toEqual({
      partyIds: ['country:kz', 'country:tr'],
      eventId: event!.id,
    });
  });

  it('are not read when the request asks for another part of the event only', async () => {
    const [event] = await eventsWithSources(driver, database);
    const reader = createGraphReader(driver, database, { timeoutMs: 10_000 });
    const details = (await readEventDetails(reader, [event!.id], new Set(['participantIds']), 10)).get(event!.id)!;

    expect(details).toEqual({ participantIds: [TOKAYEV, ERDOGAN].sort() });
  });
});
