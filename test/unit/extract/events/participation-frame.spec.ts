import { describe, expect, it } from '@jest/globals';
import { eventKindsAndParticipants as kindsOf } from '../../../support/extract-text.ts';

describe('a meeting held during someone’s participation in a summit', () => {
  // en-einpresswire-2022-10-27-mirziyoyev-tokayev-ca-eu-summit (dev): "participation in" frames the summit, and its
  // quoted name stands as one word between them.
  it('is a meeting, not the summit (en)', () => {
    const sentence =
      'The President of the Republic of Uzbekistan Shavkat Mirziyoyev met with the President of the Republic of Kazakhstan Kassym-Jomart Tokayev as part of his participation in the “Central Asia – European Union” Summit.';
    expect(kindsOf(sentence, 'en')).toContainEqual(['meeting', ['person:kassym-jomart-tokayev', 'person:shavkat-mirziyoyev']]);
  });

  // Our own sentence: the same in Russian.
  it('is a meeting, not the summit (ru)', () => {
    const sentence =
      'Шавкат Мирзиёев встретился с Касым-Жомартом Токаевым в рамках своего участия в саммите «Центральная Азия – Европейский союз».';
    expect(kindsOf(sentence, 'ru')).toContainEqual(['meeting', ['person:kassym-jomart-tokayev', 'person:shavkat-mirziyoyev']]);
  });
});
