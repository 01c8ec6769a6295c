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

  // Vestnik Kavkaza, "Putin and Tokayev discuss bilateral cooperation" (a real page, in neither split): the call,
  // then the two presidents' earlier meeting at the St. Petersburg forum.
  it('tells another encounter when it is of another mode: an earlier meeting after a phone call', () => {
    const story = [
      'Russian and Kazakh presidents, Vladimir Putin and Kassym-Jomart Tokayev, confirmed their intention to strengthen allied relations between the two countries in a telephone conversation on Tuesday, the Kremlin press service said in a statement following the talks.',
      'Previously Putin and Tokayev had a meeting on the sidelines of the St. Petersburg International Economic Forum on June 17.',
    ].join('\n\n');
    const events = extractText(story, 'en').events.map((event) => [event.kind, event.date?.iso]);
    expect(events).toEqual([
      ['phone_call', undefined],
      ['meeting', '--06-17'],
    ]);
  });
});
