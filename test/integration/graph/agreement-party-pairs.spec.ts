import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { removeArticle } from '../../../src/graph/load/remove-article.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { countAgreementsBetween, readAgreementsBetween } from '../../../src/graph/read/agreements-between.ts';
import { createGraphReader, type GraphReader } from '../../../src/graph/read/graph-reader.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { buildExtraction, type ArticleSpec } from '../../support/extraction-builder.ts';
import { loadGeneratedArticles } from '../../support/generated-corpus.ts';
import { createProfilingReader } from '../../support/profiling-reader.ts';
import { countryPairCountsOutOfStep, deleteAllData, openTestDatabase, runMigration } from '../../support/test-database.ts';

/** A four-country agreement reported by one article alone: six pairs of parties. */
const QUADRILATERAL: ArticleSpec = {
  id: 'article:test-quadrilateral-transit',
  publishedAt: '2031-03-02',
  sentences: ['Kazakhstan, Turkey, Azerbaijan and Georgia signed a transit agreement in Baku on 1 March 2031.'],
  entities: [
    { id: 'country:kz', kind: 'country', name: 'Kazakhstan', in: [0] },
    { id: 'country:tr', kind: 'country', name: 'Turkey', in: [0] },
    { id: 'country:az', kind: 'country', name: 'Azerbaijan', in: [0] },
    { id: 'country:ge', kind: 'country', name: 'Georgia', in: [0] },
  ],
  agreements: [
    {
      kind: 'agreement',
      status: 'signed',
      partyIds: ['country:tr', 'country:kz', 'country:ge', 'country:az'],
      date: '2031-03-01',
      in: [0],
    },
  ],
};

/**
 * Two more agreements of Kazakhstan and Turkey, so that a page of three is less than the whole list whatever the
 * generated corpus's extraction gives the pair.
 */
const BILATERAL: ArticleSpec = {
  id: 'article:test-bilateral-kz-tr',
  publishedAt: '2031-05-02',
  sentences: [
    'Kazakhstan and Turkey signed a customs agreement on 1 April 2031.',
    'Kazakhstan and Turkey signed an energy agreement on 1 May 2031.',
  ],
  entities: [
    { id: 'country:kz', kind: 'country', name: 'Kazakhstan', in: [0, 1] },
    { id: 'country:tr', kind: 'country', name: 'Turkey', in: [0, 1] },
  ],
  agreements: [
    { kind: 'agreement', status: 'signed', partyIds: ['country:kz', 'country:tr'], date: '2031-04-01', in: [0] },
    { kind: 'agreement', status: 'signed', partyIds: ['country:kz', 'country:tr'], date: '2031-05-01', in: [1] },
  ],
};

/** The quadrilateral agreement's record for Azerbaijan and Georgia (the generated corpus may give the pair others). */
const quadrilateralAzGe = (record: string): boolean => record.includes('country:az country:ge') && record.includes('2031-03-01');

/**
 * The agreements two countries are both party to (countryRelations' agreements and agreementCount),
 * read from one record per pair of an agreement's country parties (migration 0019) instead of every
 * PARTY_TO of one country.
 */
describe('agreement pair records', () => {
  let driver: Driver;
  let database: string;
  let reader: GraphReader;
  const knowledge = loadKnowledgeBase();

  const records = async () =>
    (await driver.executeQuery(readCypher('test/agreement-party-pairs'), {}, { database })).records[0]!.get('records') as string[];
  /** The records each agreement's country parties call for: one per pair, the lower id first. */
  const expectedRecords = async () => {
    const agreements = (await driver.executeQuery(readCypher('test/agreement-country-parties'), {}, { database })).records.map(
      (record) => record.toObject() as { id: string; oldestFirstKey: string; partyIds: string[] },
    );
    return agreements
      .flatMap(({ id, oldestFirstKey, partyIds }) =>
        partyIds.flatMap((low, index) => partyIds.slice(index + 1).map((high) => `${id} | ${low} ${high} | ${oldestFirstKey}`)),
      )
      .sort();
  };
  const wholeAgreementsBetween = async (a: string, b: string) =>
    (await driver.executeQuery(readCypher('test/agreements-between-unbounded'), { a, b }, { database })).records[0]!.get(
      'agreementIds',
    ) as string[];

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await applyMigrations(driver, database, silentLogger);
    await deleteAllData(driver, database);
    await loadGeneratedArticles({ driver, database }, { count: 400, seed: 21, knowledge });
    await loadExtraction(driver, database, buildExtraction(QUADRILATERAL));
    await loadExtraction(driver, database, buildExtraction(BILATERAL));
    reader = createGraphReader(driver, database, { timeoutMs: 10_000 });
  });

  afterAll(async () => {
    await deleteAllData(driver, database);
    await driver.close();
  });

  it("are kept by the loader, one per pair of an agreement's country parties, with the agreement's order key", async () => {
    const kept = await records();

    expect(kept.length).toBeGreaterThan(50);
    expect(kept).toEqual(await expectedRecords());
    expect(kept.filter(quadrilateralAzGe)).toHaveLength(1);
    // Each pair's count of them, and of its meetings, kept on its node (migration 0022).
    expect(await countryPairCountsOutOfStep(driver, database)).toEqual([]);
  });

  it('give the agreements two countries share, page and count, as every PARTY_TO of one checked against the other gave them', async () => {
    for (const [a, b] of [
      ['country:kz', 'country:tr'],
      ['country:tr', 'country:kz'],
      ['country:az', 'country:ge'],
      ['country:kz', 'country:ua'],
    ] as const) {
      const whole = await wholeAgreementsBetween(a, b);
      expect(await readAgreementsBetween(reader, a, b, 100_000)).toEqual(whole);
      expect(await readAgreementsBetween(reader, a, b, 3)).toEqual(whole.slice(0, 3));
      expect(await countAgreementsBetween(reader, a, b)).toBe(whole.length);
    }
    expect((await wholeAgreementsBetween('country:kz', 'country:tr')).length).toBeGreaterThan(3);
    expect(await readAgreementsBetween(reader, 'country:kz', 'country:kz', 5)).toEqual([]);
    expect(await countAgreementsBetween(reader, 'country:kz', 'country:nowhere')).toBe(0);
  });

  it("read a page of the pair's records, not every agreement of either country", async () => {
    const { reader: profiling, spent } = createProfilingReader({ driver, database });
    await readAgreementsBetween(profiling, 'country:kz', 'country:tr', 3);
    const page = spent.dbHits;
    const whole = createProfilingReader({ driver, database });
    await whole.reader.read('test/agreements-between-unbounded', { a: 'country:kz', b: 'country:tr' });

    // A seek and a page of index entries, against every PARTY_TO of one of them checked against the other.
    expect(page).toBeLessThan(20);
    expect(whole.spent.dbHits).toBeGreaterThan(10 * page);
  });

  it('go with their agreement when the one article reporting it is removed', async () => {
    expect((await records()).filter(quadrilateralAzGe)).toHaveLength(1);

    await removeArticle(driver, database, QUADRILATERAL.id);

    expect((await records()).filter(quadrilateralAzGe)).toEqual([]);
    expect(await records()).toEqual(await expectedRecords());
    expect(await countryPairCountsOutOfStep(driver, database)).toEqual([]);
    await loadExtraction(driver, database, buildExtraction(QUADRILATERAL));
    expect(await countryPairCountsOutOfStep(driver, database)).toEqual([]);
  });

  it('are written by migration 0019 for a graph loaded without them, as the loader keeps them, and again unchanged', async () => {
    const kept = await records();
    await driver.executeQuery(readCypher('test/forget-agreement-party-pairs'), {}, { database });
    expect(await records()).toEqual([]);

    await runMigration(driver, database, 19);
    expect(await records()).toEqual(kept);
    await runMigration(driver, database, 19);
    expect(await records()).toEqual(kept);
  });

  it('are counted per pair by migration 0022 for a graph loaded without the counts, as the loader keeps them, and again unchanged', async () => {
    const agreementCount = () => countAgreementsBetween(reader, 'country:kz', 'country:tr');
    const kept = await agreementCount();
    await driver.executeQuery(readCypher('test/forget-country-pair-counts'), {}, { database });
    expect(await countryPairCountsOutOfStep(driver, database)).not.toEqual([]);
    expect(await agreementCount()).toBe(0);

    await runMigration(driver, database, 22);
    expect(await countryPairCountsOutOfStep(driver, database)).toEqual([]);
    expect(await agreementCount()).toBe(kept);
    await runMigration(driver, database, 22);
    expect(await countryPairCountsOutOfStep(driver, database)).toEqual([]);
  });
});
