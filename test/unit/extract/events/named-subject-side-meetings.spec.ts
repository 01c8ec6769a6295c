import { describe, expect, it } from '@jest/globals';
import { eventKindsAndParticipants as eventsOf } from '../../../support/extract-text.ts';

describe('a named subject who "also met" several others', () => {
  // en-astanatimes-2024-09 (dev): three ministers, three meetings, as "He also met with …" gives.
  it('held a meeting with each of them', () => {
    const sentence =
      'Nurtleu also met with Moldova’s Deputy Prime Minister and Foreign Minister Mihai Popșoi, Ukraine’s Foreign Minister Andrii Sybiha and Singapore’s Foreign Minister Vivian Balakrishnan.';
    expect(eventsOf(sentence)).toEqual([
      ['meeting', ['person:mihai-popsoi', 'person:murat-nurtleu']],
      ['meeting', ['person:andrii-sybiha', 'person:murat-nurtleu']],
      ['meeting', ['person:murat-nurtleu', 'person:vivan-balakrisnan']],
    ]);
  });

  // Our own sentence: with no separate-event marker, the persons named are one meeting.
  it('is one meeting without a separate-event marker', () => {
    const sentence =
      'Murat Nurtleu met with Ukraine’s Foreign Minister Andrii Sybiha and Singapore’s Foreign Minister Vivian Balakrishnan.';
    expect(eventsOf(sentence)).toEqual([['meeting', ['person:andrii-sybiha', 'person:murat-nurtleu', 'person:vivan-balakrisnan']]]);
  });
});
