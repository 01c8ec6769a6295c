import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeEntities } from '../../src/extract/entities/analyze-entities.ts';
import type { EntityAnalysis } from '../../src/extract/entities/entity-analysis.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge.ts';
import { PROJECT_ROOT } from '../../src/config/project-root.ts';
import { preparedArticle } from './prepared-article.ts';

let knowledge: KnowledgeBase | undefined;

export function bundledKnowledge(): KnowledgeBase {
  knowledge ??= loadKnowledgeBase();
  return knowledge;
}

export function analyzeText(text: string, language: string, publishedAt?: string): EntityAnalysis {
  return analyzeEntities(preparedArticle({ text, language, ...(publishedAt === undefined ? {} : { publishedAt }) }), bundledKnowledge());
}

/** One of the sample articles in test/fixtures/articles/seeds, whole, page clutter included. */
export function seedArticleText(prefix: string): string {
  const folder = path.join(PROJECT_ROOT, 'test', 'fixtures', 'articles', 'seeds');
  const file = [
    '000_f308e16cd2620d57.txt',
    '001_95dcadb0da9ff234.txt',
    '002_d855e17c4abcde96.txt',
    '003_7bc6a4095e92f782.txt',
    '004_18f83a26ba883c55.txt',
  ].find((name) => name.startsWith(prefix));
  if (file === undefined) throw new Error(`no seed article starts with ${prefix}`);
  return readFileSync(path.join(folder, file), 'utf8');
}

export function idsOfKind(analysis: EntityAnalysis, kind: string): string[] {
  return analysis.entities.filter((entity) => entity.kind === kind).map((entity) => entity.id);
}

/** Each person's offices as "officeId@countryId" (or @organizationId), sorted. */
export function officesOf(analysis: EntityAnalysis, personId: string): string[] {
  return analysis.offices
    .filter((holding) => holding.personId === personId)
    .map((holding) => `${holding.officeId ?? holding.title}@${holding.countryId ?? holding.organizationId ?? '?'}`)
    .sort();
}

export function entity(analysis: EntityAnalysis, id: string) {
  return analysis.entities.find((candidate) => candidate.id === id);
}
