/**
 * What the document stage (input decoding, cleaning, language, dates) hands to the entity and event
 * stages: the article's metadata and text, the sentences of its body, and a date finder that resolves
 * relative dates against the publication date. Every offset points into `metadata.text`.
 */
import type { ArticleMetadata, PartialDate } from '../contract/extraction-result.ts';
import type { Sentence } from '../sentences/split-sentences.ts';

/** A sentence of the article: the headline, or one of the body (page clutter is never a sentence). */
export interface ArticleSentence extends Sentence {
  readonly role: 'headline' | 'body';
}

/** A date expression inside a sentence and what it resolves to; parts that cannot be resolved are absent. */
export interface DateMention {
  /** Offsets into the article text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly date: PartialDate;
  /** True when it was resolved against the publication date ("on Thursday", "today", "10 травня"). */
  readonly relative: boolean;
}

/** How an article arrives: raw bytes plus whatever the caller already knows about it. */
export interface ArticleInput {
  readonly bytes: Uint8Array;
  /** File name or other label; also decides the format by extension when `format` is absent. */
  readonly sourceName?: string;
  readonly format?: 'text' | 'html' | 'markdown';
  /** Metadata given by the caller (an API client, say); it wins over what is read from the text. */
  readonly metadata?: {
    readonly title?: string;
    readonly url?: string;
    readonly publisher?: string;
    /** ISO date: 2022-05-11 or 2022-05-11T16:47. */
    readonly publishedAt?: string;
    readonly language?: string;
  };
}

export interface PreparedArticle {
  readonly metadata: ArticleMetadata;
  /** The headline first when there is one, then the body sentences in order. */
  readonly sentences: readonly ArticleSentence[];
  /** Date expressions of one sentence, resolved against the publication date. */
  findDates(sentence: Sentence): DateMention[];
}

/**
 * An article as the graph keeps it, to be read again under newer rules: the text every offset pointed
 * into, and what its source said about it (title, address, publisher, date) that the text may not repeat.
 */
export interface StoredArticleText {
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly publisher?: string;
  readonly author?: string;
  /** ISO date, full or partial (2022-05-11, 2022-05). */
  readonly publishedAt?: string;
  /** Set when the language was stated by whoever sent the article, not detected. */
  readonly language?: string;
  readonly sourceName?: string;
}
