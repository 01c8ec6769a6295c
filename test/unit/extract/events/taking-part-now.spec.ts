import { describe, expect, it } from '@jest/globals';
import { eventKindsAndParticipants as kindsOf } from '../../../support/extract-text.ts';

// A summit told while it goes on: "в нем принимают участие …" (they are taking part in it) adds its other attendees,
// as the past "приняли участие" did (real sentences, ru24.pro from Взгляд, dev split).
describe('persons said to be taking part in a summit going on', () => {
  it('attend it', () => {
    const text = [
      'Президент России Владимир Путин прибыл на саммит ОДКБ в Бишкеке.',
      'Саммит ОДКБ проходит под председательством Киргизии. Помимо Путина и Токаева в нем принимают участие президенты Киргизии Садыр Жапаров, Таджикистана Эмомали Рахмон и Белоруссии Александр Лукашенко.',
    ].join('\n\n');
    const summit = kindsOf(text, 'ru').find(([kind]) => kind === 'summit');
    expect(summit?.[1]).toEqual(
      expect.arrayContaining(['person:vladimir-putin', 'person:sadyr-japarov', 'person:emomali-rahmon', 'person:alexander-lukashenko']),
    );
  });
});
