import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const eventsOf = (text: string, language: string) =>
  extractText(text, language).events.map((event) => ({
    kind: event.kind,
    date: event.date?.iso,
    participants: [...event.participantIds].sort(),
  }));

describe('taking part together with the heads of several countries', () => {
  // kk-sputnik-2021-11-12-tokayev-turkic-council-istanbul (dev): the opening of the Turkic Council's new office.
  it('is a gathering of them all, in Kazakh ("… президенттерімен … бірге қатысты")', () => {
    const story = [
      'Қасым-Жомарт Тоқаев шараға Әзербайжан, Қырғызстан, Түркия, Өзбекстан, Түрікменстан президенттерімен және Мажарстан премьер-министрімен бірге қатысты.',
      'Айта кетері, 11 қарашада Қазақстан президенті Қасым-Жомарт Тоқаев екі күндік жұмыс сапарымен Ыстанбұл қаласына барды.',
    ].join('\n\n');
    const events = eventsOf(story, 'kk');
    expect(events).toContainEqual({
      kind: 'meeting',
      date: undefined,
      participants: ['country:hu', 'country:kg', 'country:tm', 'country:tr', 'country:uz', 'person:kassym-jomart-tokayev'],
    });
    // The trip of one of them, told after, is another fact: it neither joins the gathering nor dates it.
    expect(events).toContainEqual({ kind: 'visit', date: '--11-11', participants: ['country:tr', 'person:kassym-jomart-tokayev'] });
  });

  // Our own sentence: the same in English.
  it('is a gathering of them all, in English ("together with the presidents of …")', () => {
    expect(
      eventsOf('Kassym-Jomart Tokayev took part in the ceremony together with the presidents of Azerbaijan, Kyrgyzstan and Turkey.', 'en'),
    ).toEqual([
      { kind: 'meeting', date: undefined, participants: ['country:az', 'country:kg', 'country:tr', 'person:kassym-jomart-tokayev'] },
    ]);
  });

  // Our own sentence: one companion is a delegation member, not a gathering of countries.
  it('needs several others', () => {
    expect(eventsOf('Kassym-Jomart Tokayev took part in the ceremony together with Murat Nurtleu.', 'en')).toEqual([]);
  });
});
