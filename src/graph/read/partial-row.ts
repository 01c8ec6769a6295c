import { isDate, isDateTime } from 'neo4j-driver';
import type { NodeRow } from './rows.ts';

/**
 * A node read with some of its properties only: its kind label and the values, in the order asked for
 * (Cypher: `[key IN $properties | ...]`; a date as text, or as a Neo4j date or date-time that becomes its text here).
 * Reading only what a request selects keeps answers small: a node may carry dozens of aliases and long
 * texts the request never shows.
 */
export interface PartialNode {
  label: string;
  values: unknown[];
}

/** The row a partial node stands for: fit for the fields that asked for it, not for the node loader. */
export function partialRow(label: string, properties: readonly string[], values: readonly unknown[]): NodeRow {
  const row: Record<string, unknown> = { label };
  properties.forEach((property, index) => {
    const value = values[index];
    // A date read from a node comes as a Neo4j value and gets its text here, one place for all (who-met's
    // meeting keys give a date's text already, 'YYYY-MM-DD', the same text).
    if (value !== null && value !== undefined) row[property] = isDate(value) || isDateTime(value) ? value.toString() : value;
  });
  return row as NodeRow;
}
