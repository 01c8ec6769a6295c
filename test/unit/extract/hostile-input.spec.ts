import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { MAX_MENTION_SENTENCES } from '../../../src/extract/entities/analyze-entities.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';
import { MAX_SENTENCE_CHARACTERS } from '../../../src/extract/sentences/split-sentences.ts';

const knowledge = loadKnowledgeBase();
const REAL_SENTENCE = 'Kassym-Jomart Tokayev met Recep Tayyip Erdogan in Ankara on 10 May 2022.';

describe('an article that repeats names 100,000 times', () => {
  it.each([
    ['in one endless sentence', `${REAL_SENTENCE} ${'Tokayev Erdogan '.repeat(100_000)}.`],
    ['in 100,000 sentences', `${REAL_SENTENCE} ${'Tokayev. Erdogan. '.repeat(50_000)}`],
  ])('keeps the real meeting and cites bounded evidence (%s)', (_shape, text) => {
    const result = extractArticle({ bytes: Buffer.from(text), sourceName: 'hostile.txt' }, knowledge);

    const evidence = [...result.entities.flatMap((entity) => entity.mentions), ...result.events.flatMap((event) => event.evidence)];
    expect(Math.max(...evidence.map((item) => item.sentence.length))).toBeLessThanOrEqual(MAX_SENTENCE_CHARACTERS);
    expect(Math.max(...result.entities.map((entity) => entity.mentions.length))).toBeLessThanOrEqual(MAX_MENTION_SENTENCES);
    expect(result.events.find((event) => event.date?.iso === '2022-05-10')?.participantIds.sort()).toEqual([
      'person:kassym-jomart-tokayev',
      'person:recep-tayyip-erdogan',
    ]);
  });
});
