import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config/project-root.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge.ts';
import { loadExtraction } from '../../src/graph/load/load-article.ts';

/**
 * Our own articles in test/fixtures/cross-script (unit fixtures, not gold): one meeting reported in
 * several scripts. Extracts each file and loads it, one article per transaction, in the order given.
 */
export async function loadCrossScriptReports(
  driver: Driver,
  database: string,
  files: readonly string[],
  knowledge: KnowledgeBase = loadKnowledgeBase(),
): Promise<void> {
  for (const file of files) {
    const bytes = readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'cross-script', file));
    await loadExtraction(driver, database, extractArticle({ bytes, sourceName: file }, knowledge));
  }
}
