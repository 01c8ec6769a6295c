import { describe, expect, it } from '@jest/globals';
import { eventKindsAndParticipants as eventsOf } from '../../../support/extract-text.ts';

// en-turkishnewsworld-nurtleu-unga-meetings (dev): a retelling that names the countries of the ministers
// Nurtleu met at the UN General Assembly, not the ministers; The Astana Times names them, one meeting each.
describe('a person meeting those of several countries named only by their countries', () => {
  it('meets each country on its own when three or more are listed: "met with foreign ministers from Spain, Latvia, …"', () => {
    const sentence =
      'According to the press service of the Kazakh Foreign Minister, Nurtleu met with foreign ministers from Spain, Latvia, Luxembourg, Poland, and Switzerland on September 25.';
    expect(eventsOf(`Murat Nurtleu is in New York. ${sentence}`)).toEqual(
      ['country:es', 'country:lv', 'country:lu', 'country:pl', 'country:ch'].map((country) => [
        'meeting',
        [country, 'person:murat-nurtleu'],
      ]),
    );
  });

  it('meets each country on its own when the sentence says they were several meetings: "held meetings with the Foreign Minister of Moldova, …"', () => {
    const sentence =
      'Additionally, Nurtleu held meetings with the Deputy Prime Minister and Foreign Minister of Moldova, the Foreign Minister of Ukraine, and the Foreign Minister of Singapore.';
    expect(eventsOf(`Murat Nurtleu is in New York. ${sentence}`)).toEqual(
      ['country:md', 'country:ua', 'country:sg'].map((country) => ['meeting', [country, 'person:murat-nurtleu']]),
    );
  });

  it('stays one meeting with two countries, which may be a trilateral one: "met with the presidents of Russia and Belarus"', () => {
    const sentence = 'Kassym-Jomart Tokayev met with the presidents of Russia and Belarus in Moscow.';
    expect(eventsOf(sentence)).toEqual([['meeting', ['country:by', 'country:ru', 'person:kassym-jomart-tokayev']]]);
  });
});
