import type { Driver } from 'neo4j-driver';
import { readCypher } from '../../src/graph/cypher-files.ts';
import type { GraphReader } from '../../src/graph/read/graph-reader.ts';

/**
 * A step of summary.profile, read by its shape: the driver's ProfiledPlan type is deprecated in favour
 * of QueryProfile, whose db hits may be null.
 */
export interface ProfiledStep {
  operatorType: string;
  rows: number;
  dbHits: number;
  children: ProfiledStep[];
}

/** Every step of a profiled plan, the root first. */
export const planSteps = (plan: ProfiledStep): ProfiledStep[] => [plan, ...plan.children.flatMap(planSteps)];

function totalDbHits(plan: ProfiledStep): number {
  return planSteps(plan).reduce((sum, step) => sum + step.dbHits, 0);
}

/** What a statement run under PROFILE gave: its rows, the db hits Neo4j counted, and every step of its plan. */
export interface Profiled {
  dbHits: number;
  rows: unknown[];
  steps: ProfiledStep[];
}

/** Runs one Cypher statement under PROFILE. */
export async function profiledStatement(
  neo4j: { driver: Driver; database: string },
  query: string,
  parameters: Record<string, unknown>,
): Promise<Profiled> {
  const result = await neo4j.driver.executeQuery(`PROFILE ${query}`, parameters, { database: neo4j.database });
  const plan = result.summary.profile as ProfiledStep;
  return { dbHits: totalDbHits(plan), rows: result.records.map((record): unknown => record.toObject()), steps: planSteps(plan) };
}

/** Runs cypher/<name>.cypher under PROFILE. */
export function profiledQuery(
  neo4j: { driver: Driver; database: string },
  name: string,
  parameters: Record<string, unknown>,
): Promise<Profiled> {
  return profiledStatement(neo4j, readCypher(name), parameters);
}

/** A plan in one line, the root first, each step with its rows and db hits: for a failing test's message. */
export function planSummary(steps: readonly ProfiledStep[]): string {
  return steps.map((step) => `${step.operatorType.split('@')[0]}(${step.rows} rows, ${step.dbHits} hits)`).join(' <- ');
}

/**
 * Samples every index again, waits for it, and empties the query cache (db.prepareForReplanning), so
 * the next statements are planned on the graph as it is. Right after a test loads a graph, the
 * statistics may still be those sampled when it was empty, and a plan chosen on them (a sort of every
 * article for a page of one) costs what the production graph, resampled in the background, never pays.
 */
export async function planOnFreshStatistics(neo4j: { driver: Driver; database: string }): Promise<void> {
  await neo4j.driver.executeQuery(readCypher('test/prepare-for-replanning'), {}, { database: neo4j.database });
}

/**
 * A GraphReader that runs every read under PROFILE and adds up what they cost: the db hits, the rows
 * of nodes sought by a unique key (each one node read by its id), the names of the queries in the
 * order sent (so a test can pin which way a list was read), and each one's plan (planSummary).
 * Its first read waits for fresh statistics (planOnFreshStatistics).
 */
export function createProfilingReader(neo4j: { driver: Driver; database: string }): {
  reader: GraphReader;
  spent: { dbHits: number; nodesSoughtById: number; queries: string[]; plans: string[] };
} {
  const spent = { dbHits: 0, nodesSoughtById: 0, queries: [] as string[], plans: [] as string[] };
  let freshStatistics: Promise<void> | undefined;
  const reader: GraphReader = {
    read: async <Row>(name: string, parameters: Record<string, unknown> = {}) => {
      await (freshStatistics ??= planOnFreshStatistics(neo4j));
      const result = await profiledQuery(neo4j, name, parameters);
      spent.plans.push(planSummary(result.steps));
      spent.dbHits += result.dbHits;
      spent.nodesSoughtById += result.steps
        .filter((step) => step.operatorType.startsWith('NodeUniqueIndexSeek'))
        .reduce((sum, step) => sum + step.rows, 0);
      spent.queries.push(name);
      return result.rows as Row[];
    },
  };
  return { reader, spent };
}
