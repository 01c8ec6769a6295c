import { describe, expect, it } from '@jest/globals';
import { buildEvents } from '../../../../src/extract/events/build-events.ts';
import { loadEventLexicon } from '../../../../src/extract/events/event-lexicon.ts';
import { findAgreements } from '../../../../src/extract/events/find-agreements.ts';
import { describeSentences } from '../../../../src/extract/events/sentence-facts.ts';
import { markedArticle } from '../../../support/marked-article.ts';

const lexicon = loadEventLexicon();

const COUNTRY_OF: Record<string, string> = {
  'person:tokaev': 'country:kz',
  'person:erdogan': 'country:tr',
  'person:tleuberdi': 'country:kz',
  'person:cavusoglu': 'country:tr',
  'place:ankara': 'country:tr',
  'person:akupov': 'country:kz',
  'person:varga': 'country:hu',
};
const countryOf = (id: string) => (id.startsWith('country:') ? id : COUNTRY_OF[id]);

function agreementsOf(sentences: string[]) {
  const { article, entities } = markedArticle(sentences, { countryOf: COUNTRY_OF });
  const facts = describeSentences(
    article,
    entities,
    lexicon,
    () => [],
    () => undefined,
  );
  const events = buildEvents(facts, lexicon, { countryOf, isCollective: () => false });
  const agreements = findAgreements(facts, events, lexicon, { countryOf, canBeParty: () => true });
  return { events, agreements };
}

describe('agreements and the encounter they were signed at', () => {
  it('reads "according to" as no accord, while "the accord was signed" is one', () => {
    const according = agreementsOf([
      'According to [[Kazakhstan|country:kz]], [[Tokayev|person:tokaev]] and [[Erdoğan|person:erdogan]] exchanged views on trade.',
    ]);
    expect(according.agreements).toHaveLength(0);
    const accord = agreementsOf(['[[Tokayev|person:tokaev]] and [[Erdoğan|person:erdogan]] met, and the accord was signed.']);
    expect(accord.agreements.map((agreement) => agreement.kind)).toEqual(['agreement']);
  });

  // ru-rbc-putin-tokayev-declaration, kk-ult-2019-09-13-tokayev-china-visit-documents (dev): documents a text does not
  // name are no agreement of a kind, as the gold has it; the named ones are told elsewhere.
  it.each([
    ['Церемония подписания совместных документов состоялась после переговоров [[России|country:ru]] и [[Казахстана|country:kz]].'],
    ['Оның нәтижесінде [[Қазақстан|country:kz]] мен [[Қытай|country:cn]] Көшбасшылары 10 маңызды құжатқа қол қойды.'],
    ['[[Kazakhstan|country:kz]] and [[Turkey|country:tr]] signed several documents.'],
  ])('reads no agreement from unnamed documents signed: %s', (sentence) => {
    expect(agreementsOf([sentence]).agreements).toEqual([]);
  });

  it('ties an agreement signed in a meeting sentence to that meeting, with its date and parties', () => {
    const { events, agreements } = agreementsOf([
      '[[Tokayev|person:tokaev]] and [[Erdoğan|person:erdogan]] met in [[Ankara|place:ankara]] {{on May 10|2022-05-10}} and signed an agreement on military cooperation.',
    ]);
    expect(agreements).toHaveLength(1);
    expect(agreements[0]).toMatchObject({ eventId: events[0]!.id, status: 'signed', date: { iso: '2022-05-10' } });
    expect([...agreements[0]!.partyIds].sort()).toEqual(['country:kz', 'country:tr']);
  });

  it('ties a later quoted mention to the leaders’ talks that cover both parties, not to the side meeting reported last', () => {
    const { events, agreements } = agreementsOf([
      '[[Tokayev|person:tokaev]] held talks with [[Erdoğan|person:erdogan]] in [[Ankara|place:ankara]] {{on May 10|2022-05-10}}.',
      'During the talks the presidents discussed trade, energy and defence.',
      'Foreign Minister [[Tleuberdi|person:tleuberdi]] met separately with his counterpart [[Çavuşoğlu|person:cavusoglu]].',
      '“Thanks to the joint declaration signed by [[Kazakhstan|country:kz]] and [[Turkey|country:tr]], relations reach a new level,” the minister said.',
    ]);
    const talks = events.find((event) => event.participantIds.includes('person:erdogan'));
    expect(talks).toBeDefined();
    expect(agreements).toHaveLength(1);
    expect(agreements[0]).toMatchObject({ eventId: talks!.id, date: { iso: '2022-05-10' } });
  });

  it("takes a person's country, not the ministry in their title, for a party", () => {
    const { agreements } = agreementsOf([
      'Министр [[Арман Жакупов|person:akupov]] и государственный секретарь [[Министерства иностранных дел Венгрии|org:hu-ministry|describes=person:varga]] [[Балаж Варга|person:varga]] подписали меморандум.',
    ]);
    expect(agreements).toHaveLength(1);
    expect([...agreements[0]!.partyIds].sort()).toEqual(['country:hu', 'country:kz']);
  });

  it.each([
    [
      'a plan of military cooperation signed by ministries',
      '[[Belarus|country:by]] and [[Russia|country:ru]] signed a plan of military cooperation between their defense ministries for 2025.',
      'cooperation_plan',
      'signed',
    ],
    [
      'a Russian bilateral military cooperation plan',
      'Подписан план двустороннего военного сотрудничества между [[Казахстаном|country:kz]] и [[Узбекистаном|country:uz]] на 2024 год.',
      'cooperation_plan',
      'signed',
    ],
    [
      'an agreement that "could be signed" later',
      '[[Kazakhstan|country:kz]] and [[Poland|country:pl]] discussed an agreement on energy cooperation, which could be signed by the end of the year.',
      'agreement',
      'planned',
    ],
    [
      'a Russian programme of strategic partnership',
      'Министры обороны [[России|country:ru]] и [[Казахстана|country:kz]] подписали программу стратегического партнёрства в военной области.',
      'cooperation_plan',
      'signed',
    ],
    [
      'an English partnership programme',
      '[[Kazakhstan|country:kz]] and [[Turkey|country:tr]] signed a strategic partnership programme for 2025-2027.',
      'cooperation_plan',
      'signed',
    ],
    [
      'contracts whose signing is still ahead',
      'A business forum of [[Kazakhstan|country:kz]] and [[Russia|country:ru]] will see the signing of 27 contracts.',
      'contract',
      'planned',
    ],
    [
      'an agreement to be signed in the near future',
      '[[Kazakhstan|country:kz]] and [[Turkey|country:tr]] stressed the importance of signing the agreement in the near future.',
      'agreement',
      'planned',
    ],
    [
      'a treaty signed today, though another clause speaks of the future',
      'Today [[Kazakhstan|country:kz]] and [[Turkey|country:tr]] signed a treaty, which will give a new impetus to their ties.',
      'treaty',
      'signed',
    ],
    [
      // uk-svidomi-2022-08-18-erdogan-zelensky-guterres-lviv (dev)
      'a Ukrainian memorandum signed, though the clause on its content speaks of what will be possible',
      'Після зустрічі [[Туреччина|country:tr]] та [[Україна|country:ua]] також підписали меморандум, згідно з яким турецькі державні та бізнес-структури зможуть розвивати конкретні проєкти відновлення.',
      'memorandum',
      'signed',
    ],
    [
      'a Ukrainian agreement whose signing is the aim',
      '[[Україна|country:ua]] і [[Казахстан|country:kz]] створюють передумови для підписання угоди про співпрацю.',
      'agreement',
      'planned',
    ],
    [
      'an agreement whose signing is what talks were held for',
      '[[Kazakhstan|country:kz]] and [[Turkey|country:tr]] held talks with a view to the signing of an agreement.',
      'agreement',
      'planned',
    ],
    [
      'a Ukrainian roadmap the sides agreed to draw up',
      '[[Україна|country:ua]] та [[Туреччина|country:tr]] домовилися напрацювати дорожню карту оборонно-промислової співпраці.',
      'roadmap',
      'planned',
    ],
  ])('reads %s', (_name, sentence, kind, status) => {
    const { agreements } = agreementsOf([sentence]);
    expect(agreements.map((agreement) => [agreement.kind, agreement.status])).toEqual([[kind, status]]);
  });
});

describe('a signing commemorated, not reported', () => {
  it.each([
    ['uk', 'Захід присвячений 30-річчю підписання Договору між [[Білоруссю|country:by]] і [[Росією|country:ru]].'],
    ['ru', 'Президент поздравил лидеров с 10-летием со дня заключения Договора между [[Казахстаном|country:kz]] и [[Россией|country:ru]].'],
    [
      'en',
      'The leaders marked the 25th anniversary of the signing of the treaty between [[Kazakhstan|country:kz]] and [[Russia|country:ru]].',
    ],
  ])('yields no agreement for the anniversary of a past signing (%s)', (_language, sentence) => {
    expect(agreementsOf([sentence]).agreements).toEqual([]);
  });

  it('still reads a signing reported beside an anniversary ("on the anniversary … they signed a treaty")', () => {
    const { agreements } = agreementsOf([
      'On the anniversary of independence, [[Kazakhstan|country:kz]] and [[Russia|country:ru]] signed a treaty.',
    ]);
    expect(agreements.map((agreement) => [agreement.kind, agreement.status])).toEqual([['treaty', 'signed']]);
  });
});
