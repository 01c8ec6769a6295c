import type { GraphReader } from './graph-reader.ts';

export type EntityLabel = 'Country' | 'Person' | 'Organization' | 'Place';

/** Lucene treats these characters as syntax; a name typed by a user must be matched as plain text. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function quoteForFullText(text: string): string {
  return `"${text.replace(LUCENE_SPECIAL, (character) => `\\${character}`)}"`;
}

/**
 * The id of the entity a user means by `key` (id, ISO code, acronym, or any name), if any; with no
 * label, an entity of any kind (and any node by id).
 */
export async function findEntityId(reader: GraphReader, label: EntityLabel | undefined, key: string): Promise<string | undefined> {
  const trimmed = key.trim();
  if (trimmed === '') return undefined;
  const rows = await reader.read<{ id: string }>('api/entity-by-key', { label: label ?? null, key: trimmed, phrase: quoteForFullText(trimmed) });
  return rows[0]?.id;
}
