import type { NodeRow } from './rows.ts';

/**
 * A node read with some of its properties only: its kind label and the values, in the order asked for
 * (Cypher: `[key IN $properties | ...]`, dates as text). Reading only what a request selects keeps
 * answers small: a node may carry dozens of aliases and long texts the request never shows.
 */
export interface PartialNode {
  label: string;
  values: unknown[];
}

/** The row a partial node stands for: fit for the fields that asked for it, not for the node loader. */
export function partialRow(label: string, properties: readonly string[], values: readonly unknown[]): NodeRow {
  const row: Record<string, unknown> = { label };
  properties.forEach((property, index) => {
    if (values[index] !== null && values[index] !== undefined) row[property] = values[index];
  });
  return row as NodeRow;
}
