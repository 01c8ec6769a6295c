import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { prepareGraph } from '../../../src/cli/prepare-graph.ts';
import { corpusArticles } from '../../../src/corpus/generate-corpus.ts';
import type { ExtractionResult } from '../../../src/extract/contract/extraction-result.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { loadExtractions } from '../../../src/graph/load/load-articles.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { ASTANA_REPORT, ENGLISH_REPORT, UKRAINIAN_REPORT } from '../../fixtures/ankara-talks.ts';
import { IMPOSSIBLE_DATE_REPORT } from '../../fixtures/refused-report.ts';
import { buildExtraction, type ArticleSpec } from '../../support/extraction-builder.ts';
import { graphContents } from '../../support/graph-contents.ts';
import { deleteAllData, eventsWithSources, graphSize, nodeIds, openTestDatabase } from '../../support/test-database.ts';

/** The Ukrainian report giving the day without a year ("10 травня"), as an article that states no year would. */
const YEAR_LESS_UKRAINIAN_REPORT: ArticleSpec = {
  ...UKRAINIAN_REPORT,
  publishedAt: undefined,
  events: UKRAINIAN_REPORT.events!.map((event) => ({ ...event, date: '--05-10' })),
};

describe('loading many articles in batches', () => {
  let driver: Driver;
  let database: string;

  const events = () => eventsWithSources(driver, database);
  const ids = (label: string) => nodeIds(driver, database, label);

  const contents = () => graphContents(driver, database);

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await applyMigrations(driver, database, silentLogger);
  });

  beforeEach(async () => {
    await deleteAllData(driver, database);
  });

  afterAll(async () => {
    await driver.close();
  });

  it('makes both Ankara reports in one batch one meeting with two sources', async () => {
    const { outcomes } = await loadExtractions(driver, database, [buildExtraction(ENGLISH_REPORT), buildExtraction(UKRAINIAN_REPORT)]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['new', 'new']);
    const all = await events();
    expect(all).toHaveLength(1);
    expect(all[0]!.articles.sort()).toEqual(['article:test-ankara-en', 'article:test-ankara-uk']);
    for (const participant of all[0]!.participants)
      expect(participant.sources.sort()).toEqual(['article:test-ankara-en', 'article:test-ankara-uk']);
    expect(await ids('Person')).toHaveLength(2);
  });

  it.each([
    ['the year-less report first', [YEAR_LESS_UKRAINIAN_REPORT, ENGLISH_REPORT]],
    ['the dated report first', [ENGLISH_REPORT, YEAR_LESS_UKRAINIAN_REPORT]],
  ])(
    'makes a year-less report and the dated report of the same talks in one batch one meeting dated 2022-05-10, %s',
    async (_order, reports) => {
      await loadExtractions(driver, database, reports.map(buildExtraction));

      const all = await events();
      expect(all).toHaveLength(1);
      expect(all[0]!.date).toBe('2022-05-10');
      expect(all[0]!.articles.sort()).toEqual(['article:test-ankara-en', 'article:test-ankara-uk']);
    },
  );

  it('writes the same graph in batches as loading the articles one at a time', async () => {
    const knowledge = loadKnowledgeBase();
    const generated = [...corpusArticles({ count: 80, seed: 7, knowledge })].map((article) =>
      extractArticle({ bytes: Buffer.from(article.content, 'utf8'), sourceName: article.fileName }, knowledge),
    );
    const results = [...generated, ...[ENGLISH_REPORT, UKRAINIAN_REPORT, ASTANA_REPORT].map(buildExtraction)];
    expect(results.some((result) => result.offices.length > 0 && result.agreements.length > 0)).toBe(true);

    await prepareGraph(driver, database, silentLogger);
    for (const result of results) await loadExtraction(driver, database, result);
    const oneAtATime = await contents();
    await deleteAllData(driver, database);
    await prepareGraph(driver, database, silentLogger);
    const { outcomes } = await loadExtractions(driver, database, results, { articlesPerTransaction: 30 });

    expect(outcomes.every((outcome) => outcome.status === 'new')).toBe(true);
    expect((await events()).filter((event) => event.articles.length > 1).length).toBeGreaterThan(3); // merging was exercised
    const batched = await contents();
    expect(batched.nodes).toEqual(oneAtATime.nodes);
    expect(batched.relationships).toEqual(oneAtATime.relationships);
  });

  it('changes nothing when a batch of unchanged articles is loaded again, and says so for each', async () => {
    const batch = [ENGLISH_REPORT, UKRAINIAN_REPORT, ASTANA_REPORT].map(buildExtraction);
    await loadExtractions(driver, database, batch);
    const before = await graphSize(driver, database);

    const again = await loadExtractions(driver, database, batch);

    expect(again.outcomes.map((outcome) => outcome.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(again.counters).toEqual({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      propertiesSet: 0,
    });
    expect(await graphSize(driver, database)).toEqual(before);
  });

  it('reloads in a batch the unchanged articles that were extracted under another knowledge base', async () => {
    const batch = [ENGLISH_REPORT, UKRAINIAN_REPORT].map(buildExtraction);
    await loadExtractions(driver, database, batch);

    const again = await loadExtractions(
      driver,
      database,
      batch.map((result) => ({ ...result, knowledgeBaseVersion: 'test-next' })),
    );

    expect(again.outcomes.map((outcome) => outcome.status)).toEqual(['updated', 'updated']);
    const all = await events();
    expect(all).toHaveLength(1);
    expect(all[0]!.articles.sort()).toEqual(['article:test-ankara-en', 'article:test-ankara-uk']);
  });

  it('reloads the unchanged articles that an older extractor read, so a rule fix reaches stored articles', async () => {
    const batch = [ENGLISH_REPORT, UKRAINIAN_REPORT].map(buildExtraction);
    await loadExtractions(driver, database, batch);

    const again = await loadExtractions(
      driver,
      database,
      batch.map((result) => ({ ...result, extractorVersion: 'test-next' })),
    );
    const unchanged = await loadExtractions(
      driver,
      database,
      batch.map((result) => ({ ...result, extractorVersion: 'test-next' })),
    );

    expect(again.outcomes.map((outcome) => outcome.status)).toEqual(['updated', 'updated']);
    expect(unchanged.outcomes.map((outcome) => outcome.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('replaces the facts of a changed article that comes again in a batch, and writes the new ones beside it', async () => {
    await loadExtractions(driver, database, [buildExtraction(ENGLISH_REPORT)]);
    const revised = {
      ...ENGLISH_REPORT,
      sentences: [ENGLISH_REPORT.sentences[0]!],
      entities: ENGLISH_REPORT.entities.filter((entity) => entity.kind !== 'topic').map((entity) => ({ ...entity, in: [0] })),
      events: [{ ...ENGLISH_REPORT.events![0]!, topicIds: [], in: [0] }],
      agreements: [],
    };

    const { outcomes } = await loadExtractions(driver, database, [buildExtraction(revised), buildExtraction(UKRAINIAN_REPORT)]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['updated', 'new']);
    expect(await ids('Agreement')).toEqual([]);
    expect(await ids('Topic')).toEqual(['topic:transport']);
    const all = await events();
    expect(all).toHaveLength(1);
    expect(all[0]!.articles.sort()).toEqual(['article:test-ankara-en', 'article:test-ankara-uk']);
  });

  it('loads an article given twice in one batch once, and reports the second copy unchanged', async () => {
    const { outcomes } = await loadExtractions(driver, database, [buildExtraction(ENGLISH_REPORT), buildExtraction(ENGLISH_REPORT)]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['new', 'unchanged']);
    const all = await events();
    expect(all).toHaveLength(1);
    for (const participant of all[0]!.participants) expect(participant.sources).toEqual(['article:test-ankara-en']);
  });

  it('loads the others of a batch when Neo4j refuses one article, which fails alone with its own message and leaves nothing behind', async () => {
    const { outcomes } = await loadExtractions(
      driver,
      database,
      [ENGLISH_REPORT, IMPOSSIBLE_DATE_REPORT, UKRAINIAN_REPORT].map(buildExtraction),
    );

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['new', 'failed', 'new']);
    const failed = outcomes[1]!;
    expect(failed.articleId).toBe('article:test-impossible-date');
    expect(failed.status === 'failed' && failed.error.message).toMatch(/February|30|date/i);
    expect((failed as { error: { code?: string } }).error.code).toMatch(/^Neo\.ClientError\.Statement\./);
    expect(await ids('Article')).toEqual(['article:test-ankara-en', 'article:test-ankara-uk']);
    expect(await ids('Person')).toEqual(['person:kassym-jomart-tokayev', 'person:recep-tayyip-erdogan']);
    expect(await ids('Place')).toEqual(['place:ankara']);
    expect(await events()).toHaveLength(1);
  });

  it('fails a result that breaks the extraction contract alone, before anything of it is written', async () => {
    const broken = buildExtraction(UKRAINIAN_REPORT);
    broken.events[0]!.participantIds = [...broken.events[0]!.participantIds, 'person:not-an-entity'];

    const { outcomes } = await loadExtractions(driver, database, [buildExtraction(ENGLISH_REPORT), broken]);

    expect(outcomes[0]!.status).toBe('new');
    expect(outcomes[1]).toMatchObject({ articleId: 'article:test-ankara-uk', status: 'failed' });
    expect(outcomes[1]!.status === 'failed' && outcomes[1]!.error.message).toContain('person:not-an-entity is not among the entities');
    expect(await ids('Article')).toEqual(['article:test-ankara-en']);
  });

  it('counts what a batch created as loading its articles one at a time does', async () => {
    const results: ExtractionResult[] = [ENGLISH_REPORT, UKRAINIAN_REPORT, ASTANA_REPORT].map(buildExtraction);
    const oneAtATime = { nodesCreated: 0, relationshipsCreated: 0 };
    for (const result of results) {
      const { counters } = await loadExtraction(driver, database, result);
      oneAtATime.nodesCreated += counters.nodesCreated;
      oneAtATime.relationshipsCreated += counters.relationshipsCreated;
    }
    await deleteAllData(driver, database);

    const { counters } = await loadExtractions(driver, database, results);

    expect(counters).toMatchObject(oneAtATime);
    expect(counters.nodesCreated + counters.relationshipsCreated).toBe(
      Object.values(await graphSize(driver, database)).reduce((sum, count) => sum + count, 0),
    );
  });
});
