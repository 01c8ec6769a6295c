/** What a write changed, summed over its statements, as Neo4j reports it. */
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export function emptyCounters(): WriteCounters {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
}

/** Adds the driver's counters (`summary.counters.updates()`) to a running total. */
export function addCounters(total: WriteCounters, updates: Partial<Record<keyof WriteCounters, number>>): void {
  for (const key of Object.keys(total) as Array<keyof WriteCounters>) total[key] += updates[key] ?? 0;
}
