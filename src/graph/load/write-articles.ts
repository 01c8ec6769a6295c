import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { readCypher } from '../cypher-files.ts';
import type { ArticleGraphRows } from './graph-rows.ts';
import { statedTies } from './stated-ties.ts';
import { addCounters, type WriteCounters } from './write-counters.ts';

/**
 * The Cypher files that write what articles state about ties between facts. Tests that need a graph as an
 * older release wrote it (provenance lists, before migration 0016) pass their own fixtures.
 */
export interface TieStatements {
  linkEntities: string;
  writeOffices: string;
  writeMemberships: string;
  writeEvents: string;
  writeAgreements: string;
}

export const TIE_STATEMENTS: TieStatements = {
  linkEntities: 'load/link-entities',
  writeOffices: 'load/write-offices',
  writeMemberships: 'load/write-memberships',
  writeEvents: 'load/write-events',
  writeAgreements: 'load/write-agreements',
};

/**
 * Writes the facts of articles the graph does not hold (new ones, or changed ones already retracted) in the
 * caller's transaction, in their order, with the result of loading them one after another: one statement
 * per step for all of them. Entities, events and agreements are written article by article, each in a
 * subquery of its own that sees what the articles before it wrote (so an event merges with one an
 * earlier article of the same list reported); links, offices and memberships, which only accumulate
 * support records, are grouped by relationship first (stated-ties.ts). One article is a list of one
 * (loadExtraction), many are a batch (loadExtractions).
 *
 * The statements are pipelined: sent without waiting for each answer (Neo4j runs them in order), except
 * agreements, which need the graph ids write-events chose for the events they were signed at.
 */
export async function writeArticles(
  tx: ManagedTransaction,
  articles: readonly ArticleGraphRows[],
  counters: WriteCounters,
  statements: TieStatements = TIE_STATEMENTS,
): Promise<void> {
  if (articles.length === 0) return;
  const pending: Array<Promise<QueryResult>> = [];
  const run = (name: string, parameters: Record<string, unknown>): Promise<QueryResult> => {
    const outcome = Promise.resolve(tx.run(readCypher(name), parameters)).then((result) => {
      addCounters(counters, result.summary.counters.updates());
      return result;
    });
    pending.push(outcome);
    return outcome;
  };
  const noRows = (lists: Record<string, unknown[]>): boolean => Object.values(lists).every((rows) => rows.length === 0);

  void run('load/write-article', { articles: articles.map((article) => article.article) });
  const withEntities = articles.filter((article) => !noRows(article.entities));
  if (withEntities.length > 0)
    void run('load/merge-entities', { articles: withEntities.map(({ articleId, entities }) => ({ articleId, entities })) });
  const ties = statedTies(articles);
  if (!noRows(ties.links)) void run(statements.linkEntities, { links: ties.links });
  if (ties.offices.length > 0) void run(statements.writeOffices, { offices: ties.offices });
  if (ties.memberships.length > 0) void run(statements.writeMemberships, { memberships: ties.memberships });
  const withEvents = articles.filter((article) => article.events.length > 0);
  const events =
    withEvents.length > 0
      ? run(statements.writeEvents, { articles: withEvents.map(({ articleId, events }) => ({ articleId, events })) })
      : undefined;
  // Every statement sent is awaited before the transaction function returns; the first failure fails it.
  const settled = await Promise.allSettled(pending);
  const failure = settled.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;

  const withAgreements = articles.filter((article) => article.agreements.length > 0);
  if (withAgreements.length === 0) return;
  const graphEventIds = new Map<string, Map<string, string>>();
  for (const record of (await events)?.records ?? []) {
    const articleId = record.get('articleId') as string;
    if (!graphEventIds.has(articleId)) graphEventIds.set(articleId, new Map());
    graphEventIds.get(articleId)!.set(record.get('localId') as string, record.get('eventId') as string);
  }
  await run(statements.writeAgreements, {
    articles: withAgreements.map((article) => ({
      articleId: article.articleId,
      agreements: article.agreements.map(({ eventLocalId, ...agreement }) => ({
        ...agreement,
        eventId: typeof eventLocalId === 'string' ? (graphEventIds.get(article.articleId)?.get(eventLocalId) ?? null) : null,
      })),
    })),
  });
}
