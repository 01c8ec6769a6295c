import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const participantsOf = (text: string, language: string) =>
  extractText(text, language).events.map((event) => [...event.participantIds].sort());

describe('a sentence opening with "earlier"', () => {
  // ru-360-2025-09-23-tokayev-zelensky-new-york (dev): Zelensky's earlier talks with Kellogg are not Tokayev's.
  it('tells another, earlier encounter when its persons are others', () => {
    const story = [
      'Президент Казахстана Касым-Жомарт Токаев провел в США переговоры с украинским лидером Владимиром Зеленским.',
      'Ранее Зеленский провел переговоры со специальным представителем американского президента Китом Келлогом.',
    ].join('\n\n');
    const events = participantsOf(story, 'ru');
    expect(events).toHaveLength(2);
    expect(events[0]).toEqual(['person:kassym-jomart-tokayev', 'person:volodymyr-zelenskyy']);
    expect(events[1]).toContain('person:volodymyr-zelenskyy');
    expect(events[1]).not.toContain('person:kassym-jomart-tokayev');
  });

  it('still joins the encounter of the very same persons', () => {
    const story = [
      'Kassym-Jomart Tokayev met with Shavkat Mirziyoyev in Tashkent.',
      'Earlier, Tokayev and Mirziyoyev held talks in a narrow format.',
    ].join('\n\n');
    expect(participantsOf(story, 'en')).toEqual([['person:kassym-jomart-tokayev', 'person:shavkat-mirziyoyev']]);
  });
});
