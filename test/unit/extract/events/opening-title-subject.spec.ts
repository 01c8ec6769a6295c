import { describe, expect, it } from '@jest/globals';
import { eventKindsAndParticipants } from '../../../support/extract-text.ts';

// Akorda's Kazakh reports open with the bare title: "Президент … қабылдады" (the President received …), and name
// Tokayev only in a later sentence. Kazakh puts a title's country before it ("Қазақстан Президенті"), so the
// words after the bare title are the object, not whose president; in Russian they would be ("Президент
// Туркменистана …"), so there only a lower-case word after the title makes it the subject.
describe('a bare head-of-state title opening a sentence', () => {
  it('is the head of state named later, in Kazakh before a genitive (real sentences, Qazaqstan TV)', () => {
    const text = [
      'Президент Түркітілдес мемлекеттер ынтымақтастығы кеңесінің Бас хатшысы Бағдат Әміреевті қабылдады.',
      'Кездесуде Түркі кеңесінің халықаралық ұйым ретінде рөлін арттыру жұмыстары сөз болды.',
      'Қасым-Жомарт Тоқаев, Кеңестің түркітілдес мемлекеттер арасындағы интеграцияны нығайтуға қосқан үлесін жоғары бағалады.',
    ].join(' ');
    expect(eventKindsAndParticipants(text, 'kk')).toEqual([['meeting', ['person:bagdat-amirev', 'person:kassym-jomart-tokayev']]]);
  });

  it('is the head of state named later, in Russian before a lower-case verb', () => {
    const text = 'Президент принял Генерального секретаря ОДКБ Имангали Тасмагамбетова. Касым-Жомарт Токаев отметил роль организации.';
    expect(eventKindsAndParticipants(text, 'ru')).toEqual([['meeting', ['person:imangali-tasmagambetov', 'person:kassym-jomart-tokayev']]]);
  });

  it('is not the subject in Russian when a country follows it ("Президент Туркменистана …")', () => {
    const text =
      'Президент Туркменистана принял Генерального секретаря ОДКБ Имангали Тасмагамбетова. Касым-Жомарт Токаев отметил роль организации.';
    const participants = eventKindsAndParticipants(text, 'ru').flatMap(([, ids]) => ids);
    expect(participants).not.toContain('person:kassym-jomart-tokayev');
  });
});
