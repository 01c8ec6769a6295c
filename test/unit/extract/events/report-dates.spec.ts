import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();
const datesOf = (text: string, language: string) =>
  extractArticle({ bytes: new TextEncoder().encode(text), sourceName: `${language}.txt`, metadata: { language } }, knowledge).events.map(
    (event) => (event.date ? `${event.date.month}-${event.date.day}` : undefined),
  );

describe('the date of a report of an encounter', () => {
  it('does not date the encounter when it follows a reporting verb in a clause of its own', () => {
    const text = 'Президент Володимир Зеленський зустрівся з Реджепом Тайїпом Ердоганом, повідомляє 3 березня його пресслужба.';
    expect(datesOf(text, 'uk')).toEqual([undefined]);
  });

  it('does not date the encounter in English either ("the Kremlin said on …")', () => {
    const text = 'Vladimir Putin met Kassym-Jomart Tokayev in Moscow, the Kremlin said on March 3.';
    expect(datesOf(text, 'en')).toEqual([undefined]);
  });

  it('dates the encounter when the encounter is in the same clause as the reported date', () => {
    const text = 'Vladimir Putin said on March 3 during the meeting with Kassym-Jomart Tokayev in Moscow that ties grow.';
    expect(datesOf(text, 'en')).toEqual(['3-3']);
  });
});
