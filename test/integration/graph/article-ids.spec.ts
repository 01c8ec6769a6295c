import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { ENGLISH_REPORT } from '../../fixtures/ankara-talks.ts';
import { buildExtraction } from '../../support/extraction-builder.ts';
import { LIST_PROVENANCE_STATEMENTS, loadNewArticlesWith } from '../../support/list-provenance-graph.ts';
import { SAMPLES_FOLDER } from '../../support/load-sample-articles.ts';
import { deleteAllData, nodeIds, openTestDatabase, runMigration } from '../../support/test-database.ts';

const knowledge = loadKnowledgeBase();
const SAMPLE = readFileSync(path.join(SAMPLES_FOLDER, '003_7bc6a4095e92f782.txt'));
const OTHER_SAMPLE = readFileSync(path.join(SAMPLES_FOLDER, '000_f308e16cd2620d57.txt'));

describe('article ids', () => {
  let driver: Driver;
  let database: string;

  const load = (bytes: Buffer, sourceName: string) => loadExtraction(driver, database, extractArticle({ bytes, sourceName }, knowledge));
  // Migration 0010 ran on graphs whose ties kept their sources as lists (before 0014): the graph here is written so.
  const provenance = async () =>
    (await driver.executeQuery(readCypher('test/list-provenance/provenance-size'), {}, { database })).records[0]!.get('entries') as number;
  const articleSources = async (id: string) =>
    (await driver.executeQuery(readCypher('test/list-provenance/relationships-citing-article'), { id }, { database })).records[0]!.get(
      'count',
    ) as number;

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

  it('come from the content, not the file name: one text under two names is one article, two texts both named index.html are two', async () => {
    const first = await load(SAMPLE, 'news/2024/astana-talks.txt');
    const renamed = await load(SAMPLE, 'archive/copy-of-astana-talks.txt');
    expect(renamed).toMatchObject({ articleId: first.articleId, status: 'unchanged' });

    const siteA = await load(SAMPLE, 'site-a/index.html');
    const siteB = await load(OTHER_SAMPLE, 'site-b/index.html');
    expect(siteA.status).toBe('new');
    expect(siteB).toMatchObject({ status: 'new', articleId: expect.not.stringMatching(siteA.articleId) });
  });

  it('of a graph loaded before are renamed by migration 0010, provenance included, and again unchanged; ids a result chose stay', async () => {
    const sample = extractArticle({ bytes: SAMPLE, sourceName: '003_7bc6a4095e92f782.txt' }, knowledge);
    await loadNewArticlesWith(driver, database, [buildExtraction(ENGLISH_REPORT), sample], LIST_PROVENANCE_STATEMENTS);
    const articleId = sample.article.id;
    const sources = await articleSources(articleId);
    expect(sources).toBeGreaterThan(0);
    const entries = await provenance();
    const oldId = 'article:0123456789abcdef';
    await driver.executeQuery(readCypher('test/list-provenance/rename-article'), { from: articleId, to: oldId }, { database });
    expect(await articleSources(oldId)).toBe(sources);

    for (let run = 0; run < 2; run += 1) {
      await runMigration(driver, database, 10);
      expect(await nodeIds(driver, database, 'Article')).toEqual([articleId, ENGLISH_REPORT.id].sort());
      expect(await articleSources(articleId)).toBe(sources);
      expect(await articleSources(oldId)).toBe(0);
      expect(await provenance()).toBe(entries);
    }
  });
});
