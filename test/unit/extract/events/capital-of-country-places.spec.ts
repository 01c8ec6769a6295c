import { describe, expect, it } from '@jest/globals';
import { loadEventLexicon } from '../../../../src/extract/events/event-lexicon.ts';
import { describeSentences } from '../../../../src/extract/events/sentence-facts.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';
import { compileTopicMatcher } from '../../../../src/knowledge/topic-matcher.ts';
import { markedArticle } from '../../../support/marked-article.ts';

const lexicon = loadEventLexicon();
const matchTopics = compileTopicMatcher(loadKnowledgeBase().topics);
const CAPITALS: Record<string, string> = {
  'country:kz': 'place:astana',
  'country:ru': 'place:moscow',
  'country:uz': 'place:tashkent',
};

function placesOf(sentence: string) {
  const { article, entities } = markedArticle([sentence]);
  return describeSentences(article, entities, lexicon, matchTopics, (country) => CAPITALS[country])[0]!.places.map(
    ({ placeId, located }) => ({ placeId, located }),
  );
}

describe('the capital of a country named after the word "capital"', () => {
  it('is the capital when the Russian or Ukrainian word for capital stands before the country (ru-udf, uk-korrespondent, dev)', () => {
    expect(placesOf('Заседание Межгоссовета ЕврАзЭС в узком составе открылось в столице [[Казахстана|country:kz]].')).toEqual([
      { placeId: 'place:astana', located: true },
    ]);
    expect(placesOf('У столиці [[Росії|country:ru]] відбудеться зустріч лідерів країн ОДКБ.')).toEqual([
      { placeId: 'place:moscow', located: true },
    ]);
  });

  // Our own sentence: dev articles write "Иран астанасы Тегеранда" (kk-kazinform), the capital's name after the word.
  it('is the capital when the Kazakh "астанасы" after the country takes a case ending ("Өзбекстан астанасында")', () => {
    expect(placesOf('Қасым-Жомарт Тоқаев [[Өзбекстан|country:uz]] астанасында Шавкат Мирзиёевпен кездесті.')).toEqual([
      { placeId: 'place:tashkent', located: true },
    ]);
  });

  // Our own sentences: the English forms "the capital of Kazakhstan" and "Kazakhstan's capital".
  it('is the capital in "in the capital of Kazakhstan" and "in Kazakhstan\'s capital"', () => {
    expect(placesOf('Tokayev met with Mirziyoyev in the capital of [[Kazakhstan|country:kz]].')).toEqual([
      { placeId: 'place:astana', located: true },
    ]);
    expect(placesOf('Tokayev met with Mirziyoyev in [[Kazakhstan|country:kz]]’s capital.')).toEqual([
      { placeId: 'place:astana', located: true },
    ]);
  });

  it('is no place when no place preposition stands before the capital word (en-chinadaily, dev)', () => {
    expect(placesOf('Hu arrived here from [[Tashkent|place:tashkent]], capital of [[Uzbekistan|country:uz]].')).toEqual([
      { placeId: 'place:tashkent', located: false },
    ]);
  });

  it('is no place when the country is not right after the capital word', () => {
    expect(placesOf('В столице белорусский правитель встретится с президентом [[Казахстана|country:kz]].')).toEqual([]);
  });
});

describe('a city named after the word "capital"', () => {
  // en-vrviet-putin-aliyev-baku-talks (dev)
  it('is where the encounter was when the capital word stands between the preposition and the city ("in the capital Baku")', () => {
    expect(
      placesOf(
        'On August 19, Russian President Vladimir Putin and his Azerbaijani counterpart Ilham Aliyev held important talks in the capital [[Baku|place:baku]] within the framework of the visit.',
      ),
    ).toEqual([{ placeId: 'place:baku', located: true }]);
  });

  it('is only named, not where anything was, without a preposition ("Baku, the capital")', () => {
    expect(placesOf('The capital [[Baku|place:baku]] hosts the forum every year.')).toEqual([{ placeId: 'place:baku', located: false }]);
  });
});
