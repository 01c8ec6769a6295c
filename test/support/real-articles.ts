import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config/project-root.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge.ts';
import { loadExtraction } from '../../src/graph/load/load-article.ts';

const realArticlePath = (file: string) => path.join(PROJECT_ROOT, 'test', 'fixtures', 'real', 'articles', file);

/** The text of a real published article of test/fixtures/real/articles, by its path there ("en/…txt"). */
export function realArticleText(file: string): string {
  return readFileSync(realArticlePath(file), 'utf8');
}

/** Runs real articles through extraction and the loader, in order, as `load` would. */
export async function loadRealArticles(driver: Driver, database: string, files: readonly string[]): Promise<void> {
  const knowledge = loadKnowledgeBase();
  for (const file of files) {
    const input = { bytes: readFileSync(realArticlePath(file)), sourceName: path.basename(file) };
    await loadExtraction(driver, database, extractArticle(input, knowledge));
  }
}
