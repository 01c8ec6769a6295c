import { describe, expect, it } from '@jest/globals';
import { eventSummaries } from '../../../support/extract-text.ts';

const heldEvents = (text: string, language: string) =>
  eventSummaries(text, language)
    .filter((event) => event.status === 'held')
    .map(({ kind, participants }) => ({ kind, participants }));

// "The heads of state discussed it when they recently spoke by phone", naming neither them nor their countries: in a
// story of two countries' heads of state they are those two (real sentences, BAQ.KZ, dev split).
describe('heads of state spoken of in the plural, unnamed', () => {
  it('are the two heads of state the story names', () => {
    const text = [
      'Әзербайжан президенті Ильхам Әлиев қазан айында Қазақстанға мемлекеттік сапармен келуі мүмкін.',
      'Мемлекеттер басшылары бұл мәселені жуырда телефон арқылы сөйлескен кезде талқылады.',
      'Былтыр Президент Қасым-Жомарт Тоқаев Әзербайжанға мемлекеттік сапармен барған еді.',
    ].join(' ');
    expect(heldEvents(text, 'kk')[0]).toEqual({
      kind: 'phone_call',
      participants: ['person:ilham-aliyev', 'person:kassym-jomart-tokayev'],
    });
  });

  it('are no one when the story names three countries’ heads of state', () => {
    const text = [
      'Президент Казахстана Касым-Жомарт Токаев, президент Азербайджана Ильхам Алиев и президент Узбекистана Шавкат Мирзиёев приехали в Баку.',
      'Главы государств провели телефонный разговор.',
    ].join(' ');
    expect(heldEvents(text, 'ru').filter((event) => event.kind === 'phone_call')).toEqual([]);
  });
});
