import { describe, expect, it } from '@jest/globals';
import { eventKindsAndParticipants } from '../../../support/extract-text.ts';

// The first report of an encounter may call its sides by their countries' heads of state, and the story names
// them after it without an event word: the encounter is theirs (event words 1.47.0, pluralHeadsOfState).
describe('an encounter of "the Presidents of" two countries', () => {
  it('is the encounter of the two presidents the story names (real sentences, Tashkent Times)', () => {
    expect(
      eventKindsAndParticipants(
        'The Presidents of Uzbekistan and Kyrgyzstan held tete-a-tete talks at the Kuksaroy residence. The Kyrgyz leader today landed in Tashkent for an official visit.\n\nPresident Shavkat Mirziyoyev started with congratulations of Sadyr Japarov on his election as President of the Kyrgyz Republic and expressed support for his efforts to ensure a peaceful and prosperous life of the Kyrgyz people.',
      ),
    ).toContainEqual(['talks', ['person:sadyr-japarov', 'person:shavkat-mirziyoyev']]);
  });

  it('stays an encounter of the countries when the story names no one for one of them', () => {
    expect(
      eventKindsAndParticipants(
        'The Presidents of Uzbekistan and Kyrgyzstan held tete-a-tete talks at the Kuksaroy residence.\n\nPresident Shavkat Mirziyoyev spoke of the friendship of the two peoples.',
      ),
    ).toContainEqual(['talks', ['country:kg', 'country:uz']]);
  });
});
