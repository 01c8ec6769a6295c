/**
 * Builds the event stage's inputs from marked-up sentences, without the document and entity stages:
 * "[[Muhsin Dere|person:muhsin-dere]] met [[Kazakhstan's|country:kz|describes=person:x]] minister" gives
 * the text without brackets and a mention per bracket, with offsets into that text. Dates are marked
 * {{on Thursday|2021-02-04}} (ISO, or --05-10 for a date without year).
 */
import type { EntityKind } from '../../src/extract/contract/extraction-result.ts';
import type { ArticleSentence, DateMention, PreparedArticle } from '../../src/extract/document/prepared-article.ts';
import type { EntityAnalysis, EntityMention, MentionForm } from '../../src/extract/entities/entity-analysis.ts';
import { partialDate } from './extraction-builder.ts';

const KINDS: Record<string, EntityKind> = { country: 'country', person: 'person', org: 'organization', place: 'place', topic: 'topic' };
const MARK = /\[\[([^|\]]+)\|([^|\]]+)((?:\|[^\]]+)*)\]\]|\{\{([^|}]+)\|([^}]+)\}\}/g;

export interface MarkedArticle {
  article: PreparedArticle;
  entities: EntityAnalysis;
}

export function markedArticle(
  sentences: readonly string[],
  options: { countryOf?: Record<string, string>; dateline?: string; language?: string } = {},
): MarkedArticle {
  let text = options.dateline ? `${options.dateline} ` : '';
  const articleSentences: ArticleSentence[] = [];
  const mentions: EntityMention[] = [];
  const dates = new Map<number, DateMention[]>();
  sentences.forEach((marked, sentenceIndex) => {
    if (sentenceIndex > 0 || options.dateline) text += sentenceIndex > 0 ? ' ' : '';
    const start = text.length;
    let plain = '';
    let last = 0;
    const sentenceDates: DateMention[] = [];
    for (const match of marked.matchAll(MARK)) {
      plain += marked.slice(last, match.index);
      last = match.index + match[0].length;
      const at = start + plain.length;
      if (match[1] !== undefined) {
        const [surface, id, extras] = [match[1], match[2]!, match[3] ?? ''];
        const options = Object.fromEntries(
          extras
            .split('|')
            .filter(Boolean)
            .map((part) => part.split('=') as [string, string]),
        );
        mentions.push({
          entityId: id,
          kind: KINDS[id.split(':')[0]!]!,
          sentenceIndex,
          start: at,
          end: at + surface.length,
          form: (options.form as MentionForm | undefined) ?? 'name',
          ...(options.describes ? { describesPersonId: options.describes } : {}),
        });
        plain += surface;
      } else {
        const surface = match[4]!;
        sentenceDates.push({ start: at, end: at + surface.length, text: surface, date: partialDate(match[5]!), relative: false });
        plain += surface;
      }
    }
    plain += marked.slice(last);
    text += plain;
    articleSentences.push({ text: plain, start, end: start + plain.length, role: 'body' });
    dates.set(start, sentenceDates);
  });
  const ids = [...new Set(mentions.map((mention) => mention.entityId))];
  const entities: EntityAnalysis = {
    entities: ids.map((id) => {
      const own = mentions.filter((mention) => mention.entityId === id);
      return {
        id,
        kind: own[0]!.kind,
        name: text.slice(own[0]!.start, own[0]!.end),
        aliases: [],
        known: true,
        ...(options.countryOf?.[id] ? { countryId: options.countryOf[id] } : {}),
        mentions: [...new Set(own.map((mention) => mention.sentenceIndex))].map((index) => {
          const sentence = articleSentences[index]!;
          return { sentence: sentence.text, start: sentence.start, end: sentence.end };
        }),
        confidence: 0.9,
      };
    }),
    offices: [],
    mentions,
  };
  const article: PreparedArticle = {
    metadata: {
      id: 'article:0000000000000000',
      contentHash: '0'.repeat(64),
      title: articleSentences[0]?.text ?? 'untitled',
      ...(options.dateline ? { dateline: options.dateline } : {}),
      language: options.language ?? 'en',
      languageConfidence: 1,
      text,
    },
    sentences: articleSentences,
    findDates: (sentence) => dates.get(sentence.start) ?? [],
  };
  return { article, entities };
}
