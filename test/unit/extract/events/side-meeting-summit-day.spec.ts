import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();
const eventsOf = (text: string, language: string) =>
  extractArticle({ bytes: new TextEncoder().encode(text), sourceName: `${language}.txt`, metadata: { language } }, knowledge).events.map(
    (event) => [event.kind, [...event.participantIds].sort(), event.date ? `${event.date.month}-${event.date.day}` : undefined],
  );

describe('a meeting on the sidelines of a summit', () => {
  // uk-zn-2012-12-05 (dev): the summit's day is given last, in a sentence that names no one.
  it('was held on the day of its summit when the text gives it only for the summit', () => {
    const text = [
      'У кулуарах саміту СНД в Ашхабаді президент України Віктор Янукович провів зустріч з президентом Росії Володимиром Путіним і президентом Казахстану Нурсултаном Назарбаєвим.',
      '5 грудня в Ашхабаді проходить саміт ради глав держав СНД.',
    ].join('\n');
    expect(eventsOf(text, 'uk')).toEqual([
      ['summit', ['person:nursultan-nazarbayev', 'person:viktor-yanukovych', 'person:vladimir-putin'], '12-5'],
      ['meeting', ['person:nursultan-nazarbayev', 'person:viktor-yanukovych', 'person:vladimir-putin'], '12-5'],
    ]);
  });

  // Our own sentences: a side meeting whose own day is stated keeps it.
  it('keeps the day its own sentence states', () => {
    const text = [
      'On the sidelines of the SCO summit in Astana, Kassym-Jomart Tokayev met with Vladimir Putin on July 3.',
      'The SCO summit in Astana is held on July 4.',
    ].join(' ');
    const side = eventsOf(text, 'en').find((event) => event[0] === 'meeting');
    expect(side?.[2]).toBe('7-3');
  });
});
