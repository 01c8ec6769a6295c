import type { GraphReader } from './graph-reader.ts';
import type { NodeRow } from './rows.ts';

export type EntityLabel = 'Country' | 'Person' | 'Organization' | 'Place';

/** Lucene treats these characters as syntax; a name typed by a user must be matched as plain text. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function quoteForFullText(text: string): string {
  return `"${text.replace(LUCENE_SPECIAL, (character) => `\\${character}`)}"`;
}

/**
 * The entity a user means by `key` (id, ISO code, acronym, or any name), if any, read in one query; with
 * no label, an entity of any kind (and any node by id).
 */
export async function findEntity(reader: GraphReader, label: EntityLabel | undefined, key: string): Promise<NodeRow | undefined> {
  const trimmed = key.trim();
  if (trimmed === '') return undefined;
  const rows = await reader.read<{ id: string; node: NodeRow }>('api/entity-by-key', { label: label ?? null, key: trimmed, phrase: quoteForFullText(trimmed) });
  return rows[0]?.node;
}
