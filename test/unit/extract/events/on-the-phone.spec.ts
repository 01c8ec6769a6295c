import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

describe('"spoke on the phone with"', () => {
  // en-weeklyblitz-2023-02-16-tokayev-zelensky-call (dev): the call was missed for want of the phrase.
  it('is a held phone call', () => {
    const events = extractText(
      'Kazakh President Kassym-Jomart Tokayev spoke on the phone with his Ukrainian counterpart Volodymyr Zelensky on February 16.',
      'en',
    ).events;
    expect(events.map((event) => [event.kind, event.status, [...event.participantIds].sort()])).toEqual([
      ['phone_call', 'held', ['person:kassym-jomart-tokayev', 'person:volodymyr-zelenskyy']],
    ]);
  });
});
