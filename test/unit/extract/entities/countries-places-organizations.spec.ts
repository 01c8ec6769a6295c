import { describe, expect, it } from '@jest/globals';
import { analyzeText, entity, idsOfKind } from '../../../support/entity-analysis.ts';

describe('countries', () => {
  it.each([
    ['en', 'The Republic of Belarus and Kazakh officials met Turkish diplomats.', ['country:by', 'country:kz', 'country:tr']],
    ['uk', 'Туреччина підписала з Казахстаном угоду, казахського лідера зустріли турецькі військові.', ['country:tr', 'country:kz']],
    [
      'ru',
      'Делегация белорусской стороны прибыла в Турцию, переговоры с Казахстаном продолжатся.',
      ['country:by', 'country:tr', 'country:kz'],
    ],
    ['uk', 'Угоду між Туреччиною і Росією обговорили у Польщі.', ['country:tr', 'country:ru', 'country:pl']],
  ])('finds countries by name, official name, adjective and inflected form (%s: %s)', (language, text, ids) => {
    expect(idsOfKind(analyzeText(text, language), 'country').sort()).toEqual([...ids].sort());
  });

  it('reads the case forms of plural country names as the country, never as a person ("Сполучених Штатів Америки")', () => {
    const ukrainian = analyzeText("Державний секретар Сполучених Штатів Америки прибув до Об'єднаних Арабських Еміратів.", 'uk');
    expect(idsOfKind(ukrainian, 'country').sort()).toEqual(['country:ae', 'country:us']);
    expect(idsOfKind(ukrainian, 'person')).toEqual([]);
    const russian = analyzeText('Госсекретарь Соединенных Штатов Америки встретился с послом Нидерландов.', 'ru');
    expect(idsOfKind(russian, 'country').sort()).toEqual(['country:nl', 'country:us']);
    expect(idsOfKind(russian, 'person')).toEqual([]);
  });

  it('marks adjectives and demonyms as such', () => {
    const analysis = analyzeText('Turkish companies hired Kazakhs.', 'en');
    expect(analysis.mentions.map((mention) => `${mention.entityId}:${mention.form}`)).toEqual([
      'country:tr:adjective',
      'country:kz:demonym',
    ]);
  });

  it('does not read a country out of an amount such as US$10', () => {
    expect(idsOfKind(analyzeText('Trade reached US$10 billion.', 'en'), 'country')).toEqual([]);
  });
});

describe('capitals and places', () => {
  it('reads a capital before a reporting verb as its government, and after a preposition as a place', () => {
    const analysis = analyzeText('Ankara said the talks in Ankara were useful.', 'en');
    expect(analysis.mentions.map((mention) => `${mention.entityId}:${mention.form}`)).toEqual([
      'country:tr:capital-metonym',
      'place:ankara:name',
    ]);
  });

  it('reads Astana under its former name Nur-Sultan, in capitals too, with its country', () => {
    const analysis = analyzeText('NUR SULTAN. The delegation stayed in Nur-Sultan and then in Нур-Султане.', 'en');
    expect(idsOfKind(analysis, 'place')).toEqual(['place:astana']);
    expect(entity(analysis, 'place:astana')?.countryId).toBe('country:kz');
  });

  it('prefers "Caspian Sea" and "Caspian region" to the shorter "the Caspian"', () => {
    const analysis = analyzeText('Security in the Caspian region and shipping on the Caspian Sea were discussed.', 'en');
    expect(idsOfKind(analysis, 'place')).toEqual(['place:caspian-region', 'place:caspian-sea']);
  });
});

describe('organizations', () => {
  it.each([
    ['en', 'They met at the SCO and the Organization of Turkic States, then at the CSTO.', ['org:sco', 'org:ots', 'org:csto']],
    [
      'ru',
      'Вопросы ШОС, ОДКБ, СНГ и ЕАЭС обсудили в рамках Организации Объединённых Наций.',
      ['org:sco', 'org:csto', 'org:cis', 'org:eaeu', 'org:un'],
    ],
    ['uk', 'Про це йшлося на саміті ШОС, а також у СНД та ЄАЕС.', ['org:sco', 'org:cis', 'org:eaeu']],
  ])('finds intergovernmental organizations by name and acronym (%s)', (language, text, ids) => {
    expect(idsOfKind(analyzeText(text, language), 'organization').sort()).toEqual([...ids].sort());
  });

  it('does not take a lower-case word for an acronym', () => {
    expect(idsOfKind(analyzeText('The un-signed deal was shown to eu citizens.', 'en'), 'organization')).toEqual([]);
  });

  it('finds companies by legal form and quoted name, and by a head word, with derived ids', () => {
    const analysis = analyzeText(
      'LLP "Kaspi Logistics" and ТОО «Астана Моторс» signed with Astana IT University and Qazaq Green Holding.',
      'en',
    );
    expect(
      analysis.entities
        .filter((candidate) => candidate.kind === 'organization')
        .map((candidate) => [candidate.id, candidate.organizationKind, candidate.known]),
    ).toEqual([
      ['org:kaspi-logistics', 'company', false],
      ['org:astana-motors', 'company', false],
      ['org:astana-it-university', 'university', false],
      ['org:qazaq-green-holding', 'company', false],
    ]);
  });

  it('matches a quoted company name to the knowledge base despite a one-letter misprint', () => {
    const analysis = analyzeText('Cabins are made at LLP "Machine Building Plant MT3-Kazakhstan" in Kostanai.', 'en');
    expect(idsOfKind(analysis, 'organization')).toEqual(['org:mtz-kazakhstan']);
  });

  it('names a ministry after its portfolio and country in any of the three languages', () => {
    expect(idsOfKind(analyzeText('The Ministry of Foreign Affairs of Uzbekistan issued a statement.', 'en'), 'organization')).toEqual([
      'org:uz-ministry-of-foreign-affairs',
    ]);
    expect(idsOfKind(analyzeText('Министерство иностранных дел Узбекистана сообщило об этом.', 'ru'), 'organization')).toEqual([
      'org:uz-ministry-of-foreign-affairs',
    ]);
    expect(idsOfKind(analyzeText('Про це повідомили у МЗС Польщі.', 'uk'), 'organization')).toEqual(['org:pl-ministry-of-foreign-affairs']);
    expect(idsOfKind(analyzeText('Про це повідомили у Міноборони Туреччини.', 'uk'), 'organization')).toEqual([
      'org:tr-ministry-of-national-defence',
    ]);
  });
});
