import { describe, expect, it } from '@jest/globals';
import { loadEventLexicon } from '../../../../src/extract/events/event-lexicon.ts';
import { describeSentences } from '../../../../src/extract/events/sentence-facts.ts';
import { markedArticle } from '../../../support/marked-article.ts';

const lexicon = loadEventLexicon();

function actorCountriesOf(sentence: string): readonly string[] {
  const { article, entities } = markedArticle([sentence]);
  return describeSentences(article, entities, lexicon, () => [])[0]!.actorCountries;
}

describe('countries after a verb of discussion', () => {
  // uk-president-2025-09-21-zelensky-tokayev-new-york and uk-obozrevatel-zelensky-turkey-erdogan (dev).
  it.each([
    'Президенти детально обговорили зусилля [[України|country:ua]], [[США|country:us]], Європи та інших партнерів у світі для того, щоб закінчити війну.',
    'Політики обговорили перебіг війни [[РФ|country:ru]] проти [[України|country:ua]] та Чорноморську зернову угоду.',
  ])('are what was discussed, not sides of the talk: %s', (sentence) => {
    expect(actorCountriesOf(sentence)).toEqual([]);
  });

  // Our own sentences: a preposition makes the country a side.
  it.each([
    ['Министр обсудил с [[Турцией|country:tr]] вопросы торговли.', ['country:tr']],
    ['The minister discussed with [[Turkey|country:tr]] the questions of trade.', ['country:tr']],
  ])('are sides when a preposition says so: %s', (sentence, countries) => {
    expect(actorCountriesOf(sentence)).toEqual(countries);
  });

  it('are sides when they come before the verb', () => {
    expect(actorCountriesOf('[[Казахстан|country:kz]] и [[Турция|country:tr]] обсудили вопросы торговли.')).toEqual([
      'country:kz',
      'country:tr',
    ]);
  });
});
