/**
 * What makes an article's stored facts current: the same text, read under the same output contract,
 * knowledge base and extractor (its rules and word lists). A new knowledge base (a person added, a title
 * learnt), contract or extractor makes a re-load replace the article's facts instead of skipping it.
 */
export interface ExtractionStamp {
  readonly contentHash: string | null;
  readonly contractVersion: string | null;
  readonly knowledgeBaseVersion: string | null;
  readonly extractorVersion: string | null;
}

export function sameExtraction(stored: ExtractionStamp, incoming: ExtractionStamp): boolean {
  return (
    stored.contentHash === incoming.contentHash &&
    stored.contractVersion === incoming.contractVersion &&
    stored.knowledgeBaseVersion === incoming.knowledgeBaseVersion &&
    stored.extractorVersion === incoming.extractorVersion
  );
}

/** The stamp of a row of load/article-state(s).cypher. */
export function storedStamp(record: { get(key: string): unknown }): ExtractionStamp {
  const text = (key: string) => (record.get(key) as string | null | undefined) ?? null;
  return {
    contentHash: text('contentHash'),
    contractVersion: text('contractVersion'),
    knowledgeBaseVersion: text('knowledgeBaseVersion'),
    extractorVersion: text('extractorVersion'),
  };
}

/** The stamp of an extraction result about to be loaded. */
export function stampOf(result: {
  contractVersion: string;
  knowledgeBaseVersion: string;
  extractorVersion: string;
  article: { contentHash: string };
}): ExtractionStamp {
  return {
    contentHash: result.article.contentHash,
    contractVersion: result.contractVersion,
    knowledgeBaseVersion: result.knowledgeBaseVersion,
    extractorVersion: result.extractorVersion,
  };
}
