/** Writes schema/extraction-result.schema.json from the zod contract in src/extract/contract. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config/project-root.ts';
import { renderExtractionResultJsonSchema } from '../src/extract/contract/json-schema.ts';

const target = path.join(PROJECT_ROOT, 'schema', 'extraction-result.schema.json');
writeFileSync(target, renderExtractionResultJsonSchema());
process.stdout.write(`wrote ${path.relative(PROJECT_ROOT, target)}\n`);
