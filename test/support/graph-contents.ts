import type { Driver } from 'neo4j-driver';
import { readCypher } from '../../src/graph/cypher-files.ts';

/**
 * Every node and relationship with its properties, each as canonical JSON (keys sorted), sorted: two
 * graphs holding the same data compare equal. Each article's load time is left out. Provenance is one
 * SUPPORTS relationship per article and tie (src/graph/load/README.md, "Provenance"), so articles loaded
 * in another order give the same relationships.
 */
export async function graphContents(driver: Driver, database: string): Promise<{ nodes: string[]; relationships: string[] }> {
  const [record] = (await driver.executeQuery(readCypher('test/graph-contents'), {}, { database })).records;
  const nodes = (record!.get('nodes') as Array<{ properties: Record<string, unknown> }>).map(
    ({ properties: { loadedAt: _loadedAt, ...properties }, ...node }) => ({ ...node, properties }),
  );
  const relationships = record!.get('relationships') as Array<{ properties: Record<string, unknown> }>;
  return { nodes: sortedCanonical(nodes), relationships: sortedCanonical(relationships) };
}

/** Each item as JSON with its object keys sorted (property maps come back in no fixed key order), sorted. */
function sortedCanonical(items: unknown[]): string[] {
  const canonical = (value: unknown): unknown =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([key, inner]) => [key, canonical(inner)]),
        )
      : Array.isArray(value)
        ? value.map(canonical)
        : value;
  return items.map((item) => JSON.stringify(canonical(item))).sort();
}

interface RawNode {
  labels: string[];
  properties: Record<string, unknown>;
}

interface RawRelationship {
  from: string;
  type: string;
  to: string;
  properties: Record<string, unknown>;
}

/**
 * The graph's contents with nothing that depends on the order articles were written in, for comparing
 * loads whose transactions interleaved (several loaders at once) with one load: an Event is named by the
 * articles that report it (its id, name, date text and kind come from whichever report created it, and
 * the keys of its ties name it by that id), lists that accumulate in load order (aliases, kinds) are sorted, and an entity the knowledge base does not know is not compared by its name (the
 * first spelling written). Everything else must be equal.
 */
export async function orderFreeContents(driver: Driver, database: string): Promise<{ nodes: string[]; relationships: string[] }> {
  const [record] = (await driver.executeQuery(readCypher('test/graph-contents'), {}, { database })).records;
  const nodes = record!.get('nodes') as RawNode[];
  const relationships = record!.get('relationships') as RawRelationship[];

  const reports = new Map<string, string[]>();
  for (const relationship of relationships) {
    if (relationship.type !== 'REPORTED_IN' || !relationship.from.startsWith('event:')) continue;
    reports.set(relationship.from, [...(reports.get(relationship.from) ?? []), relationship.to]);
  }
  const eventName = (id: string): string => (reports.has(id) ? `event reported in ${[...reports.get(id)!].sort().join(' ')}` : id);
  const sortedList = (value: unknown): unknown => (Array.isArray(value) ? [...value].sort() : value);

  const orderFreeNodes = nodes.map(({ labels, properties: { loadedAt: _loadedAt, ...properties } }) => {
    if (!labels.includes('Event')) {
      // An entity the knowledge base does not know keeps the first spelling written (merge-entities.cypher).
      const { name, ...rest } = properties;
      return { labels, properties: { ...rest, aliases: sortedList(properties.aliases), ...(properties.known === false ? {} : { name }) } };
    }
    const { id, name: _name, dateText: _dateText, kind: _kind, newestFirstKey: _newest, oldestFirstKey: _oldest, ...rest } = properties;
    return { labels, properties: { ...rest, id: eventName(String(id)), kinds: sortedList(rest.kinds) } };
  });
  // A tie's key ("TYPE fromId toId") and a record's `to` name events too.
  const factNamed = (fact: unknown): unknown => (typeof fact === 'string' ? fact.split(' ').map(eventName).join(' ') : fact);
  const orderFreeRelationships = relationships.map(({ from, type, to, properties }) => {
    const renamed = { from: eventName(from), type, to: eventName(to), properties: { ...properties } };
    if ('fact' in properties) renamed.properties.fact = factNamed(properties.fact);
    if (type === 'SUPPORTS') renamed.properties.to = eventName(String(properties.to));
    if (type === 'MEETING') {
      // A meeting record carries its event's id and keys (which end with the id): the event by its reports.
      const { newestFirstKey: _newest, oldestFirstKey: _oldest, ...rest } = properties;
      renamed.properties = { ...rest, event: eventName(String(properties.event)) };
    }
    if (type === 'COUNTRY_PAIR') {
      // A country-pair record is a loop on its event and carries the event's key (which ends with its id).
      const { oldestFirstKey: _oldest, ...rest } = properties;
      renamed.properties = rest;
    }
    if (type === 'MET' && Array.isArray(properties.newestMeetingKeys)) {
      // The kept keys ("YYYY-MM-DD event-id") name events too; one day's events order by id, so sorted.
      const keys = (properties.newestMeetingKeys as string[]).map((key) => `${key.slice(0, 10)} ${eventName(key.slice(11))}`);
      renamed.properties.newestMeetingKeys = keys.sort();
    }
    return renamed;
  });
  return { nodes: sortedCanonical(orderFreeNodes), relationships: sortedCanonical(orderFreeRelationships) };
}
