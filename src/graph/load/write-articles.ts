import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { readCypher } from '../cypher-files.ts';
import type { ArticleGraphRows } from './graph-rows.ts';
import { statedTies } from './stated-ties.ts';
import { addCounters, type WriteCounters } from './write-counters.ts';

/**
 * Writes the facts of articles the graph does not hold (new ones, or changed ones already retracted) in the
 * caller's transaction, in their order, with the result of loading them one after another: one statement
 * per step for all of them. Entities, events and agreements are written article by article, each in a
 * subquery of its own that sees what the articles before it wrote (so an event merges with one an
 * earlier article of the same list reported); links, offices and memberships, which only accumulate
 * sources, are grouped by relationship first (stated-ties.ts). One article is a list of one
 * (loadExtraction), many are a batch (loadExtractions).
 *
 * The statements are pipelined: sent without waiting for each answer (Neo4j runs them in order), except
 * agreements, which need the graph ids write-events chose for the events they were signed at.
 */
export async function writeArticles(tx: ManagedTransaction, articles: readonly ArticleGraphRows[], counters: WriteCounters): Promise<void> {
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
  if (!noRows(ties.links)) void run('load/link-entities', { links: ties.links });
  if (ties.offices.length > 0) void run('load/write-offices', { offices: ties.offices });
  if (ties.memberships.length > 0) void run('load/write-memberships', { memberships: ties.memberships });
  const withEvents = articles.filter((article) => article.events.length > 0);
  const events =
    withEvents.length > 0
      ? run('load/write-events', { articles: withEvents.map(({ articleId, events }) => ({ articleId, events })) })
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
  await run('load/write-agreements', {
    articles: withAgreements.map((article) => ({
      articleId: article.articleId,
      agreements: article.agreements.map(({ eventLocalId, ...agreement }) => ({
        ...agreement,
        eventId: typeof eventLocalId === 'string' ? (graphEventIds.get(article.articleId)?.get(eventLocalId) ?? null) : null,
      })),
    })),
  });
}
