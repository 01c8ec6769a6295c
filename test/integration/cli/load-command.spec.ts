import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { ENGLISH_REPORT, UKRAINIAN_REPORT } from '../../fixtures/ankara-talks.ts';
import { IMPOSSIBLE_DATE_REPORT } from '../../fixtures/refused-report.ts';
import { spawnCli } from '../../support/cli-process.ts';
import { buildExtraction } from '../../support/extraction-builder.ts';
import { deleteAllData, nodeIds, openTestDatabase } from '../../support/test-database.ts';
import { testDatabaseSettings } from '../../support/test-neo4j-connection.ts';

describe('diplograph load', () => {
  let driver: Driver;
  let database: string;
  let folder: string;
  const variables = testDatabaseSettings();
  const articleIds = () => nodeIds(driver, database, 'Article');

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await applyMigrations(driver, database, silentLogger);
    await deleteAllData(driver, database);
    folder = await mkdtemp(path.join(os.tmpdir(), 'diplograph-load-'));
    const broken = buildExtraction(UKRAINIAN_REPORT);
    broken.events[0]!.evidence[0]!.start += 3;
    await writeFile(path.join(folder, '1-good.json'), JSON.stringify(buildExtraction(ENGLISH_REPORT)));
    await writeFile(path.join(folder, '2-empty.json'), '');
    await writeFile(path.join(folder, '3-binary.json'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    await writeFile(path.join(folder, '4-not-json.json'), '{"article": ');
    await writeFile(path.join(folder, '5-breaks-contract.json'), JSON.stringify(broken));
    await writeFile(path.join(folder, '6-huge.json'), Buffer.alloc(5 * 1024 * 1024 + 1, 0x20));
    await writeFile(
      path.join(folder, '7-navigation-only.html'),
      '<html><head><title>Home</title><script>track("home")</script></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><script>init()</script></body></html>',
    );
    await symlink(path.join(folder, 'nowhere.json'), path.join(folder, 'dangling-link'));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await driver.close();
  });

  it('loads the good file, names each bad one with its reason, writes nothing of them, and exits 1', async () => {
    const cli = spawnCli(['load', folder, path.join(folder, 'dangling-link')], variables);

    expect(await cli.exited).toEqual({ code: 1, signal: null });
    const output = cli.output();
    expect(output).toContain('articles: 1 new, 0 unchanged, 0 updated, 7 failed');
    expect(output).toMatch(/2-empty\.json","reason":"the input is empty"/);
    expect(output).toMatch(/3-binary\.json","reason":"this is a binary file/);
    expect(output).toMatch(/4-not-json\.json","reason":"not valid JSON/);
    expect(output).toMatch(/5-breaks-contract\.json","reason":"not a valid extraction result .*do not point at its sentence/);
    expect(output).toMatch(/6-huge\.json","reason":"the input is 5\.0 MB, over the 5 MB an article \(or its extraction result\) may have/);
    expect(output).toMatch(/dangling-link","reason":"no such file or folder"/);
    expect(output).toMatch(
      /7-navigation-only\.html","reason":"[^"]*holds no article text, only navigation, scripts or styles\. Save the page of one article/,
    );
    expect(await articleIds()).toEqual([ENGLISH_REPORT.id]);
    // Each refusal is also one readable line on stderr.
    const refusals = cli
      .errorOutput()
      .split('\n')
      .filter((line) => line.startsWith('diplograph load: '));
    expect(refusals).toHaveLength(7);
    expect(refusals).toContain(`diplograph load: ${path.join(folder, '2-empty.json')}: the input is empty`);
  });

  it('reports an unchanged article on a second load and exits 0', async () => {
    const cli = spawnCli(['load', path.join(folder, '1-good.json')], variables);

    expect(await cli.exited).toEqual({ code: 0, signal: null });
    expect(cli.output()).toContain('articles: 0 new, 1 unchanged, 0 updated, 0 failed; graph: 0 nodes and 0 relationships created');
  });

  it('loads the rest of a batch when Neo4j refuses one article, names that article with the reason, and counts each outcome', async () => {
    const batch = await mkdtemp(path.join(os.tmpdir(), 'diplograph-load-batch-'));
    try {
      await writeFile(path.join(batch, '1-known.json'), JSON.stringify(buildExtraction(ENGLISH_REPORT)));
      await writeFile(path.join(batch, '2-refused.json'), JSON.stringify(buildExtraction(IMPOSSIBLE_DATE_REPORT)));
      await writeFile(path.join(batch, '3-new.json'), JSON.stringify(buildExtraction(UKRAINIAN_REPORT)));

      const cli = spawnCli(['load', batch], variables);

      expect(await cli.exited).toEqual({ code: 1, signal: null });
      const output = cli.output();
      expect(output).toContain('articles: 1 new, 1 unchanged, 0 updated, 1 failed');
      expect(output).toMatch(/2-refused\.json","reason":"Neo4j refused this article's data \(Neo\.ClientError\.Statement\./);
      expect(await articleIds()).toEqual([ENGLISH_REPORT.id, UKRAINIAN_REPORT.id]);
    } finally {
      await rm(batch, { recursive: true, force: true });
    }
  });
});
