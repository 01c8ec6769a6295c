import type { GraphReader } from './graph-reader.ts';
import { partialRow } from './partial-row.ts';
import type { NodeRow } from './rows.ts';

export type EntityLabel = 'Country' | 'Person' | 'Organization' | 'Place';

/** Lucene treats these characters as syntax; a name typed by a user must be matched as plain text. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function quoteForFullText(text: string): string {
  return `"${text.replace(LUCENE_SPECIAL, (character) => `\\${character}`)}"`;
}

/**
 * The entity a user means by `key` (id, ISO code, acronym, or any name), if any, read in one query; with
 * no label, an entity of any kind (and any node by id). With `properties` (which must include id), the
 * node is read with those only: a partial row, not for the node loader.
 */
export async function findEntity(
  reader: GraphReader,
  label: EntityLabel | undefined,
  key: string,
  properties?: readonly string[],
): Promise<NodeRow | undefined> {
  const trimmed = key.trim();
  if (trimmed === '') return undefined;
  const [row] = await reader.read<{ label: string; node: NodeRow | null; values: unknown[] }>('api/entity-by-key', {
    label: label ?? null,
    key: trimmed,
    phrase: quoteForFullText(trimmed),
    properties: properties ?? null,
  });
  if (row === undefined) return undefined;
  return properties ? partialRow(row.label, properties, row.values) : { ...row.node!, label: row.label };
}
