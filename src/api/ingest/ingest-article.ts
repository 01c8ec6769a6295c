import type { ExtractionResult } from '../../extract/contract/extraction-result.ts';
import type { ArticleInput } from '../../extract/document/prepared-article.ts';
import { ArticleInputError } from '../../extract/input/article-input-error.ts';
import { loadExtraction } from '../../graph/load/load-article.ts';
import type { ApiContext } from '../context.ts';
import type { ExtractionSummary, IngestArticleInput, ResolversTypes } from '../generated/resolvers-types.ts';
import { apiError } from '../resolvers/api-errors.ts';
import { partialDate } from '../vocabulary/dates.ts';
import { loadNode } from '../resolvers/node-lists.ts';
import { ExtractionFailedError, ExtractionOverBudgetError } from './extraction-thread.ts';

function articleInput(input: IngestArticleInput): ArticleInput {
  const metadata = Object.fromEntries(
    (['title', 'url', 'publisher', 'publishedAt', 'language'] as const).flatMap((field) => (input[field] ? [[field, input[field]]] : [])),
  );
  return {
    bytes: new TextEncoder().encode(input.text),
    ...(input.sourceName ? { sourceName: input.sourceName } : {}),
    ...(input.format ? { format: input.format } : {}),
    metadata,
  };
}

function summarize(result: ExtractionResult): ExtractionSummary {
  const names = (kind: string) => result.entities.filter((entity) => entity.kind === kind).map((entity) => entity.name);
  const titles = new Map<string, string[]>();
  for (const office of result.offices) titles.set(office.personId, [...(titles.get(office.personId) ?? []), office.title]);
  return {
    title: result.article.title,
    language: result.article.language,
    publishedAt: partialDate(result.article.publishedAt?.iso),
    persons: result.entities
      .filter((entity) => entity.kind === 'person')
      .map((person) => (titles.has(person.id) ? `${person.name} (${[...new Set(titles.get(person.id))].join('; ')})` : person.name)),
    countries: names('country'),
    organizations: names('organization'),
    places: names('place'),
    events: result.events.length,
    agreements: result.agreements.length,
    relations: result.relations.length,
    figures: result.figures.length,
  };
}

/**
 * The ingest mutation: extraction errors in the client's text are BAD_USER_INPUT with the extractor's
 * message (what is wrong, what to send); the write is one transaction, so a failure leaves no trace.
 */
export async function ingestArticle(input: IngestArticleInput, context: ApiContext): Promise<ResolversTypes['IngestArticleResult']> {
  let result: ExtractionResult;
  const started = performance.now();
  try {
    result = await context.extraction.extract(articleInput(input));
    context.logger.info('article extracted', { characters: input.text.length, ms: Math.round(performance.now() - started) });
  } catch (error) {
    if (error instanceof ArticleInputError) throw apiError('BAD_USER_INPUT', error.message, 'input.text');
    if (error instanceof ExtractionOverBudgetError || error instanceof ExtractionFailedError) {
      context.logger.warn('ingest extraction stopped', { reason: error.message, characters: input.text.length });
      throw apiError(
        'EXTRACTION_FAILED',
        `The article was not loaded: ${error.message}. Nothing was written. Send one news article at a time; split a long text into its articles.`,
        'input.text',
      );
    }
    throw error;
  }
  const outcome = await loadExtraction(context.driver, context.database, result);
  context.logger.info('article ingested', { articleId: outcome.articleId, status: outcome.status, ...outcome.counters });
  return {
    articleId: outcome.articleId,
    status: outcome.status,
    article: await loadNode(context, outcome.articleId),
    extraction: summarize(result),
    nodesCreated: outcome.counters.nodesCreated,
    relationshipsCreated: outcome.counters.relationshipsCreated,
    nodesDeleted: outcome.counters.nodesDeleted,
    relationshipsDeleted: outcome.counters.relationshipsDeleted,
  };
}
