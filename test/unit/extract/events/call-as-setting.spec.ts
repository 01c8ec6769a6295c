import { describe, expect, it } from '@jest/globals';
import { eventSummaries as eventsOf } from '../../../support/extract-text.ts';

// "в телефонном разговоре с … предложил …": the call is where the proposal was made, so it took place; the proposal's
// plan word speaks of what was proposed. Without the setting words the plan word made the sentence one planned
// negotiation and the call was lost.
describe('a call named as the setting of what was said', () => {
  it('was held (real sentence, TRT на русском, dev split)', () => {
    const text =
      'Президент Казахстана Касым-Жомарт Токаев в телефонном разговоре с президентом Азербайджана Ильхамом Алиевым предложил Астану в качестве площадки для продолжения переговоров между Баку и Ереваном.';
    expect(eventsOf(text, 'ru')).toEqual([
      { kind: 'phone_call', status: 'held', participants: ['person:ilham-aliyev', 'person:kassym-jomart-tokayev'] },
    ]);
  });

  it('is planned when a plan word of its clause speaks of it ("will discuss … during a phone call")', () => {
    expect(eventsOf('Tokayev and Putin will discuss the issue during a phone call next week.', 'en')).toEqual([
      { kind: 'phone_call', status: 'planned', participants: ['person:kassym-jomart-tokayev', 'person:vladimir-putin'] },
    ]);
  });

  it('was held when the text says there "was" one ("У мене була розмова …, щоб обговорити …", real sentence, ОстроВ, dev split)', () => {
    const text = '"У мене була розмова із Хаканом Фіданом, щоб обговорити Чорноморську зернову ініціативу", - написав Кулеба.';
    expect(eventsOf(text, 'uk').map((event) => event.status)).toEqual(['held']);
  });
});
