import type { Driver } from 'neo4j-driver';
import { readCypher } from '../../src/graph/cypher-files.ts';

/** Provenance lists kept index-aligned with `sources` on a relationship. */
const ALIGNED_WITH_SOURCES = ['sources', 'sentences', 'starts', 'ends'];

/**
 * Every node and relationship with its properties, each as canonical JSON (keys sorted), sorted: two
 * graphs holding the same data compare equal. Each article's load time is left out. With
 * `anySourceOrder`, a relationship's sources (and their sentences and offsets) may come in any order, as
 * articles loaded in another order list them.
 */
export async function graphContents(driver: Driver, database: string, options: { anySourceOrder?: boolean } = {}): Promise<{ nodes: string[]; relationships: string[] }> {
  const [record] = (await driver.executeQuery(readCypher('test/graph-contents'), {}, { database })).records;
  const nodes = (record!.get('nodes') as Array<{ properties: Record<string, unknown> }>).map(({ properties: { loadedAt: _loadedAt, ...properties }, ...node }) => ({ ...node, properties }));
  const loaded = record!.get('relationships') as Array<{ properties: Record<string, unknown> }>;
  const relationships = options.anySourceOrder ? loaded.map((relationship) => ({ ...relationship, properties: sourcesSorted(relationship.properties) })) : loaded;
  // Property maps come back in no fixed key order: keys are sorted before comparing.
  const canonical = (value: unknown): unknown =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([key, inner]) => [key, canonical(inner)]))
      : Array.isArray(value) ? value.map(canonical) : value;
  const sorted = (items: unknown[]) => items.map((item) => JSON.stringify(canonical(item))).sort();
  return { nodes: sorted(nodes), relationships: sorted(relationships) };
}

function sourcesSorted(properties: Record<string, unknown>): Record<string, unknown> {
  const sources = properties.sources;
  if (!Array.isArray(sources)) return properties;
  const lists = ALIGNED_WITH_SOURCES.filter((key) => Array.isArray(properties[key]));
  const rows = sources.map((_, index) => lists.map((key) => (properties[key] as unknown[])[index]));
  rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { ...properties, ...Object.fromEntries(lists.map((key, column) => [key, rows.map((row) => row[column])])) };
}
