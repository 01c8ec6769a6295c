import { beforeAll, describe, expect, it } from '@jest/globals';
import { generateCorpus, type GeneratedArticle } from '../../../src/corpus/generate-corpus.ts';
import { PHRASEBOOKS } from '../../../src/corpus/phrasebook.ts';
import type { KnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';

let knowledge: KnowledgeBase;
let corpus: GeneratedArticle[];

beforeAll(() => {
  knowledge = loadKnowledgeBase();
  corpus = generateCorpus({ count: 400, seed: 42, knowledge });
});

function groupedByEvent(articles: GeneratedArticle[]): GeneratedArticle[][] {
  const groups = new Map<string, GeneratedArticle[]>();
  for (const article of articles) groups.set(article.facts.eventId, [...(groups.get(article.facts.eventId) ?? []), article]);
  return [...groups.values()];
}

describe('generateCorpus', () => {
  it('gives the same files for the same seed and count', () => {
    const again = generateCorpus({ count: 400, seed: 42, knowledge });

    expect(again.map(({ fileName, content }) => ({ fileName, content }))).toEqual(
      corpus.map(({ fileName, content }) => ({ fileName, content })),
    );
  });

  it('gives other files for another seed', () => {
    const other = generateCorpus({ count: 400, seed: 43, knowledge });

    expect(other.filter((article, index) => article.content === corpus[index]!.content)).toHaveLength(0);
  });

  it('writes the requested number of articles with unique file names and URLs', () => {
    expect(corpus).toHaveLength(400);
    expect(new Set(corpus.map((article) => article.fileName)).size).toBe(400);
    expect(new Set(corpus.map((article) => article.url)).size).toBe(400);
    expect(corpus.every((article) => /^\d{4}_[0-9a-f]{16}\.(txt|md)$/.test(article.fileName))).toBe(true);
  });

  it('mixes English, Russian and Ukrainian articles, each in its own script', () => {
    for (const language of ['en', 'ru', 'uk'] as const) {
      expect(corpus.filter((article) => article.language === language).length).toBeGreaterThan(40);
    }
    const sentences = (language: string) =>
      corpus.filter((article) => article.language === language).map((article) => article.eventSentence);

    expect(sentences('en').filter((sentence) => /[а-яё]/i.test(sentence))).toEqual([]);
    expect(sentences('ru').filter((sentence) => !/[а-яё]/i.test(sentence) || /[іїєґ]/i.test(sentence))).toEqual([]);
    expect(sentences('uk').filter((sentence) => !/[іїєґ]|провели|зустрілися|відбулася/i.test(sentence))).toEqual([]);
  });

  it('writes .txt pages and .md pages whose YAML front matter names title, url, publisher, date and language', () => {
    const markdown = corpus.filter((article) => article.fileName.endsWith('.md'));

    expect(markdown.length).toBeGreaterThan(20);
    expect(corpus.length - markdown.length).toBeGreaterThan(200);
    for (const article of markdown) {
      const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(article.content)?.[1];
      expect(frontMatter).toContain(`title: ${JSON.stringify(article.title)}`);
      expect(frontMatter).toContain(`url: ${article.url}`);
      expect(frontMatter).toContain(`publisher: ${JSON.stringify(article.publisher)}`);
      expect(frontMatter).toContain(`publishedAt: ${article.publishedAt}`);
      expect(frontMatter).toContain(`language: ${article.language}`);
    }
  });

  it('puts a publication date line in every article, on or after the event', () => {
    for (const article of corpus) {
      const book = PHRASEBOOKS[article.language];
      const [year, month, day] = article.publishedAt.split('-').map(Number);
      expect(article.content).toContain(book.dateLine(day!, book.months[month! - 1]!, year!, undefined));
      expect(article.publishedAt >= article.facts.date).toBe(true);
    }
  });

  it('states the event in a sentence of the content that names every participant and the place', () => {
    for (const article of corpus) {
      expect(article.content).toContain(article.eventSentence);
      for (const name of article.facts.participantNames) expect(article.eventSentence).toContain(name);
      if (article.facts.placeName !== undefined) expect(article.eventSentence).toContain(article.facts.placeName);
      expect(article.facts.participantIds.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('mixes known persons of the knowledge base with invented ones, and signs agreements at some events', () => {
    const participants = corpus.flatMap((article) => article.facts.participantIds);
    const knownIds = new Set<string>(knowledge.persons.map((person) => person.id));

    expect(participants.filter((id) => knownIds.has(id)).length).toBeGreaterThan(100);
    expect(participants.filter((id) => id.startsWith('invented:')).length).toBeGreaterThan(100);
    expect(corpus.filter((article) => article.facts.agreements.length > 0).length).toBeGreaterThan(40);
    expect(new Set(corpus.map((article) => article.facts.kind))).toEqual(new Set(['meeting', 'talks', 'visit', 'phone_call']));
  });

  it('reports some events in several articles, with the same participants, date and place but another language or outlet', () => {
    const repeated = groupedByEvent(corpus).filter((group) => group.length > 1);

    expect(repeated.length).toBeGreaterThan(30);
    for (const group of repeated) {
      const [first, ...others] = group;
      expect(first!.repeatsEarlierReport).toBe(false);
      for (const other of others) {
        expect(other.repeatsEarlierReport).toBe(true);
        expect([other.facts.date, other.facts.placeId, other.facts.participantIds]).toEqual([
          first!.facts.date,
          first!.facts.placeId,
          first!.facts.participantIds,
        ]);
        expect(other.language !== first!.language || other.publisher !== first!.publisher).toBe(true);
        for (const name of other.facts.participantNames) expect(other.content).toContain(name);
      }
    }
  });

  it('refuses a count or seed that is not a whole number', () => {
    expect(() => generateCorpus({ count: 2.5, seed: 1, knowledge })).toThrow('count must be a whole number');
    expect(() => generateCorpus({ count: 2, seed: Number.NaN, knowledge })).toThrow('seed must be an integer');
  });
});
