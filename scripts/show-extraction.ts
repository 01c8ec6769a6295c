/**
 * Prints what extraction finds in one article, event by event with the sentences behind each, for
 * working on the rules: `node scripts/show-extraction.ts path/to/article.txt`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../src/knowledge/load-knowledge.ts';

const file = process.argv[2];
if (file === undefined) {
  process.stderr.write('usage: node scripts/show-extraction.ts ARTICLE_FILE\n');
  process.exit(1);
}
const result = extractArticle({ bytes: readFileSync(file), sourceName: path.basename(file) }, loadKnowledgeBase());
const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
for (const event of result.events) {
  const participants = event.participantIds.map((id) => names.get(id) ?? id).join(' + ');
  process.stdout.write(`${event.id} ${event.kind} ${event.status} ${event.date?.iso ?? '-'} ${event.placeId ?? '-'}: ${participants}\n`);
  for (const evidence of event.evidence) process.stdout.write(`    | ${evidence.sentence.slice(0, 240)}\n`);
}
process.stdout.write(
  `persons: ${result.entities
    .filter((entity) => entity.kind === 'person')
    .map((entity) => entity.name)
    .join('; ')}\n`,
);
