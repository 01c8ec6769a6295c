import { describe, expect, it } from '@jest/globals';
import { eventSummaries as eventsOf } from '../../../support/extract-text.ts';

// Ukrainian media write Putin's surname in lower case ("путін"); and what two sides "agreed on" right after the
// verb is still to come (real sentences, ОстроВ and RBC-Ukraine, dev split).
describe('an encounter two sides agreed on', () => {
  it('is planned, and "путін" in lower case is Putin', () => {
    expect(eventsOf('Як повідомлялося, Реджеп Ердоган і путін домовилися про візит російського диктатора до Анкари.', 'uk')).toEqual([
      { kind: 'visit', status: 'planned', participants: ['person:recep-tayyip-erdogan', 'person:vladimir-putin'] },
    ]);
  });

  it('leaves held a visit during which they agreed on something else', () => {
    const text =
      'В лютому під час візиту президента Туреччини Реджепа Тайїпа Ердогана до України сторони домовилися про військову допомогу та постачання АН-178.';
    expect(eventsOf(text, 'uk')).toEqual([{ kind: 'visit', status: 'held', participants: ['country:ua', 'person:recep-tayyip-erdogan'] }]);
  });
});
