import type { GraphReader } from './graph-reader.ts';
import { partialRow, type PartialNode } from './partial-row.ts';
import type { NodeRow } from './rows.ts';

const ENTITY_LABELS = ['Country', 'Person', 'Organization', 'Place'] as const;

export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Lucene treats these characters as syntax; a name typed by a user must be matched as plain text. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A word as a Lucene fuzzy term ("tokaiev~"): within two edits of an indexed word. Short words match too
 * much that way and stay exact.
 */
export function fuzzyForFullText(word: string): string {
  const escaped = word.replace(LUCENE_SPECIAL, (character) => `\\${character}`);
  return word.length >= 4 ? `${escaped}~` : `"${escaped}"`;
}

export function quoteForFullText(text: string): string {
  return `"${text.replace(LUCENE_SPECIAL, (character) => `\\${character}`)}"`;
}

/**
 * The entity a user means by `key` (id, ISO code, acronym, or any name), if any, read in one query; with
 * no label, an entity of any kind (and any node by id). The node is read with `properties` only (they
 * must include id): a partial row, fit for the fields that asked for it, not for the node loader.
 */
export async function findEntity(
  reader: GraphReader,
  label: EntityLabel | undefined,
  key: string,
  properties: readonly string[],
): Promise<NodeRow | undefined> {
  const trimmed = key.trim();
  if (trimmed === '') return undefined;
  const [row] = await reader.read<PartialNode>('api/entity-by-key', {
    key: trimmed,
    phrase: quoteForFullText(trimmed),
    idLabel: label ?? null,
    byCode: label === undefined || label === 'Country',
    byAcronym: label === undefined || label === 'Organization',
    nameLabels: label ? [label] : ENTITY_LABELS,
    properties,
  });
  return row === undefined ? undefined : partialRow(row.label, properties, row.values);
}
