import { describe, expect, it } from '@jest/globals';
import { eventKindsAndParticipants as eventsOf } from '../../../support/extract-text.ts';

describe('counterparts listed one by one after their countries', () => {
  it('are met one by one: "met the defence ministers of Norway A, Chile B and Kenya C" is three meetings', () => {
    const sentence = 'Tokayev met the defence ministers of Norway Erik Lindqvist, Chile Mateo Rojas and Kenya Amani Otieno in Astana.';
    expect(eventsOf(sentence)).toEqual([
      ['meeting', ['person:erik-lindkvist', 'person:kassym-jomart-tokayev']],
      ['meeting', ['person:kassym-jomart-tokayev', 'person:mateo-roas']],
      ['meeting', ['person:amani-oteno', 'person:kassym-jomart-tokayev']],
    ]);
  });

  it('stay one meeting when each country stands before a title, not right before the name ("Norway’s Defence Minister …")', () => {
    const sentence = 'Tokayev met Norway’s Defence Minister Erik Lindqvist and Chile’s Defence Minister Mateo Rojas in Astana.';
    expect(eventsOf(sentence)).toEqual([['meeting', ['person:erik-lindkvist', 'person:kassym-jomart-tokayev', 'person:mateo-roas']]]);
  });
});
