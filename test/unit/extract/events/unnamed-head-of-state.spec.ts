import { describe, expect, it } from '@jest/globals';
import { buildEvents } from '../../../../src/extract/events/build-events.ts';
import { loadEventLexicon } from '../../../../src/extract/events/event-lexicon.ts';
import { describeSentences } from '../../../../src/extract/events/sentence-facts.ts';
import { unnamedHeadOfStateCountry } from '../../../../src/extract/events/unnamed-head-of-state.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';
import { compileTopicMatcher } from '../../../../src/knowledge/topic-matcher.ts';
import { markedArticle } from '../../../support/marked-article.ts';

const lexicon = loadEventLexicon();
const matchTopics = compileTopicMatcher(loadKnowledgeBase().topics);
const COUNTRY_OF: Record<string, string> = { 'person:erdogan': 'country:tr', 'person:tokaev': 'country:kz' };
const countryOf = (id: string) => (id.startsWith('country:') ? id : COUNTRY_OF[id]);

function factsOf(sentences: string[]) {
  const { article, entities } = markedArticle(sentences, { countryOf: COUNTRY_OF });
  return describeSentences(article, entities, lexicon, matchTopics);
}

describe('a head of state the story never names', () => {
  it('makes the country of a head-of-state title with no name after it a participant of the title subject’s encounter', () => {
    const facts = factsOf([
      '[[Мемлекет басшысы Түркия|person:erdogan|form=title-reference]] Президенті [[Ердоғанмен|person:erdogan]] кездесті.',
      '[[Қазақстан|country:kz]] Президенті екі елдің ынтымақтастығын жоғары бағалады.',
    ]);
    const events = buildEvents(facts, lexicon, { countryOf });
    expect(events[0]).toMatchObject({ kind: 'meeting', participantIds: ['person:erdogan', 'country:kz'] });
  });

  it('finds no unnamed head of state when a name follows the title', () => {
    const facts = factsOf(['[[Қазақстан|country:kz]] Президенті [[Қасым-Жомарт Тоқаев|person:tokaev]] Анкараға барды.']);
    expect(unnamedHeadOfStateCountry(facts, lexicon, countryOf)).toBeUndefined();
  });

  it('finds no unnamed head of state of a country whose person the story names elsewhere', () => {
    const facts = factsOf([
      '[[Қазақстан|country:kz]] Президенті бейбітшілікті жақтайды.',
      '[[Тоқаев|person:tokaev]] [[Ердоғанмен|person:erdogan]] кездесті.',
    ]);
    expect(unnamedHeadOfStateCountry(facts, lexicon, countryOf)).toBeUndefined();
  });
});
