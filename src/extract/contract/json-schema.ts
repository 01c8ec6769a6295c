import { z } from 'zod';
import { extractionResultSchema } from './extraction-result.ts';

/** schema/extraction-result.schema.json, as generated from the zod contract (2020-12 draft). */
export function extractionResultJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://diplograph.example/schema/extraction-result.schema.json',
    ...z.toJSONSchema(extractionResultSchema, { target: 'draft-2020-12' }),
  };
}

export function renderExtractionResultJsonSchema(): string {
  return `${JSON.stringify(extractionResultJsonSchema(), null, 2)}\n`;
}
