import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const eventsOf = (text: string, language: string) =>
  extractText(text, language).events.map((event) => ({
    date: event.date?.iso,
    participants: [...event.participantIds].sort(),
  }));

describe('an encounter told outside a quotation', () => {
  // kk-sputnik-2023-09-11-nurtleu-fidan-astana (dev): Nurtleu spoke after his meeting with Fidan; the Erdogan visit
  // and the 3 November summit are what he said, not the meeting.
  const statement =
    '"Биыл 3 қарашада жоспарланған Түркі мемлекеттері ұйымының мерейтойлық оныншы саммитіне президент Режеп Тайып Ердоған мырзаның сапарын ұйымдастырып, оны жоғары деңгейде өткізуге күш жумылдыруға уағдаластық", - деді Нұртілеу Түркия сыртқы істер министрі Хакан Фиданмен өткен кездесуден кейін.';

  it('takes neither the persons nor the date of what was said inside it', () => {
    const events = eventsOf(statement, 'kk').filter((event) => event.participants.includes('person:hakan-fidan'));
    expect(events).toEqual([{ date: undefined, participants: ['person:hakan-fidan', 'person:murat-nurtleu'] }]);
  });

  it('keeps the persons of a quotation that tells the encounter itself', () => {
    const story = '"Today we held very productive talks with President Shavkat Mirziyoyev in Tashkent," Kassym-Jomart Tokayev said.';
    expect(eventsOf(story, 'en').map((event) => event.participants)).toEqual([
      ['person:kassym-jomart-tokayev', 'person:shavkat-mirziyoyev'],
    ]);
  });
});
