/** Metadata that the input itself states: HTML meta tags, YAML front matter. Every field is as written. */
export interface SourceMetadata {
  title?: string;
  url?: string;
  publisher?: string;
  /** As written: an ISO timestamp or date. */
  publishedAt?: string;
  language?: string;
  author?: string;
  description?: string;
}

export type ArticleFormat = 'text' | 'html' | 'markdown';

/** An article's input turned into text: what offsets point into, and what the input said about itself. */
export interface ReadArticle {
  readonly text: string;
  readonly format: ArticleFormat;
  readonly metadata: SourceMetadata;
}

/** Drops empty and whitespace-only values so that a later source can fill them. */
export function withoutBlankFields(metadata: SourceMetadata): SourceMetadata {
  const result: SourceMetadata = {};
  for (const [key, value] of Object.entries(metadata) as Array<[keyof SourceMetadata, string | undefined]>) {
    const trimmed = value?.replace(/\s+/g, ' ').trim();
    if (trimmed) result[key] = trimmed;
  }
  return result;
}
