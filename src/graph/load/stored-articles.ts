import type { Driver } from 'neo4j-driver';
import { readCypher } from '../cypher-files.ts';
import type { ExtractionStamp } from './extraction-stamp.ts';

/** An article as the graph keeps it: its text and what its source said about it (absent fields are null). */
export interface StoredArticle {
  readonly text: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly author: string | null;
  readonly publishedAt: string | null;
  readonly language: string | null;
  readonly sourceName: string | null;
}

export interface StaleArticles {
  /** Articles in the graph. */
  readonly total: number;
  /** Ids of those read under another contract, knowledge base or extractor, in id order. */
  readonly staleIds: string[];
}

/** Which stored articles the current extractor (`current`) would read differently. */
export async function staleArticles(
  driver: Driver,
  database: string,
  current: Omit<ExtractionStamp, 'contentHash'>,
): Promise<StaleArticles> {
  const { records } = await driver.executeQuery(readCypher('load/stale-articles'), { ...current }, { database, routing: 'READ' });
  const record = records[0];
  if (record === undefined) return { total: 0, staleIds: [] };
  return {
    total: Number(record.get('total')),
    staleIds: (record.get('stale') as string[]).sort(),
  };
}

/** One stored article's text and metadata, or undefined when the graph no longer holds it. */
export async function storedArticle(driver: Driver, database: string, articleId: string): Promise<StoredArticle | undefined> {
  const { records } = await driver.executeQuery(readCypher('load/stored-article'), { articleId }, { database, routing: 'READ' });
  const record = records[0];
  if (record === undefined) return undefined;
  const field = (key: keyof StoredArticle): string | null => (record.get(key) as string | null | undefined) ?? null;
  return {
    text: field('text'),
    title: field('title'),
    url: field('url'),
    publisher: field('publisher'),
    author: field('author'),
    publishedAt: field('publishedAt'),
    language: field('language'),
    sourceName: field('sourceName'),
  };
}
