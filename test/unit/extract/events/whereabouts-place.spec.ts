import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();
const eventsOf = (text: string, language: string) =>
  extractArticle({ bytes: new TextEncoder().encode(text), sourceName: `${language}.txt`, metadata: { language } }, knowledge).events.map(
    (event) => [event.kind, event.placeId, [...event.participantIds].sort()],
  );

describe('where the story puts a person', () => {
  // en-astanatimes-2024-09 (dev): the dateline is Astana, the talks were in New York, named in the first sentence only.
  it('is the place of their later encounters that name none, before the dateline city', () => {
    const story = [
      'ASTANA – Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu held talks with his foreign counterparts to deepen bilateral cooperation as part of the High-Level week of the 79th session of the UN General Assembly in New York.',
      'Nurtleu also met with Ukraine’s Foreign Minister Andrii Sybiha.',
    ].join('\n\n');
    expect(eventsOf(story, 'en')).toEqual([['meeting', 'place:new-york', ['person:andrii-sybiha', 'person:murat-nurtleu']]]);
  });

  // uk-sudua (dev): Zelensky arrived in New York; his meeting with Tokayev is reported two sentences on.
  it('is the place of encounters after their arrival', () => {
    const story = [
      'Президент України Володимир Зеленський прибув до Нью-Йорка на 80-ту сесію Генасамблеї ООН.',
      'Також Володимир Зеленський провів зустріч з президентом Казахстану Касимом-Жомартом Токаєвим.',
    ].join('\n\n');
    expect(eventsOf(story, 'uk')).toContainEqual([
      'meeting',
      'place:new-york',
      ['person:kassym-jomart-tokayev', 'person:volodymyr-zelenskyy'],
    ]);
  });

  // Our own sentences: a visit told after the encounter is background, not where the encounter was.
  it('does not reach back to an encounter reported before it', () => {
    const story = [
      'Kazakh Foreign Minister Murat Nurtleu met with Ukraine’s Foreign Minister Andrii Sybiha.',
      'Earlier, Murat Nurtleu was in Tashkent.',
    ].join('\n\n');
    expect(eventsOf(story, 'en')).toEqual([['meeting', undefined, ['person:andrii-sybiha', 'person:murat-nurtleu']]]);
  });
});
