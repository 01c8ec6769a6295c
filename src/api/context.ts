import type { Driver } from 'neo4j-driver';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { GraphReader } from '../graph/read/graph-reader.ts';
import type { Logger } from '../log/logger.ts';
import type { ExtractionThread } from './ingest/extraction-thread.ts';
import type { Loaders } from './loaders.ts';

/** What every resolver receives: database access for this request, its loaders, and a logger bound to it. */
export interface ApiContext {
  driver: Driver;
  database: string;
  reader: GraphReader;
  loaders: Loaders;
  /** True when the request presented the configured API key. */
  authorized: boolean;
  logger: Logger;
  /** The knowledge base (names of every entity), loaded on first use and then shared by every request. */
  knowledge(): KnowledgeBase;
  /** Extraction for ingestArticle, in a worker thread shared by every request. */
  extraction: ExtractionThread;
}
