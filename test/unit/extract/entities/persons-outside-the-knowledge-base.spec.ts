import { describe, expect, it } from '@jest/globals';
import { analyzeText, entity, idsOfKind, officesOf } from '../../../support/entity-analysis.ts';

describe('persons the knowledge base does not hold', () => {
  it('reads a Russian minister after his title and country, and his colleague in the instrumental case, in the nominative', () => {
    const analysis = analyzeText(
      'Министр иностранных дел Литвы Кястутис Будрис встретился с главой МИД Венгрии Петером Сийярто. Сийярто заявил, что поддерживает переговоры.',
      'ru',
    );
    expect(officesOf(analysis, 'person:kastutis-budris')).toEqual(['office:minister-of-foreign-affairs@country:lt']);
    expect(entity(analysis, 'person:peter-sarto')).toMatchObject({ name: 'Петер Сийярто', known: false, countryId: 'country:hu' });
    expect(officesOf(analysis, 'person:peter-sarto')).toEqual(['office:minister-of-foreign-affairs@country:hu']);
    expect(entity(analysis, 'person:peter-sarto')?.mentions).toHaveLength(2);
  });

  it('reads a Ukrainian prime minister and president, and merges later surname mentions in other cases', () => {
    const analysis = analyzeText(
      "Прем'єр-міністр Чехії Петр Фіала зустрівся з президентом Фінляндії Александром Стуббом. Фіала подякував Стуббу.",
      'uk',
    );
    expect(officesOf(analysis, 'person:petr-fala')).toEqual(['office:prime-minister@country:cz']);
    expect(officesOf(analysis, 'person:aleksandr-stub')).toEqual(['office:president@country:fi']);
    expect(entity(analysis, 'person:aleksandr-stub')?.name).toBe('Александр Стубб');
    expect(entity(analysis, 'person:aleksandr-stub')?.aliases).toEqual(expect.arrayContaining(['Стуббу']));
    expect(entity(analysis, 'person:petr-fala')?.mentions).toHaveLength(2);
  });

  it('reads an English minister with diacritics and his counterpart, who takes the same office for the other country', () => {
    const analysis = analyzeText(
      'Foreign Minister of Hungary Péter Szijjártó met his Kazakh counterpart Murat Nurtleu. Szijjártó praised the talks.',
      'en',
      '2024-05-01',
    );
    expect(entity(analysis, 'person:peter-sarto')).toMatchObject({ name: 'Péter Szijjártó', known: false, countryId: 'country:hu' });
    expect(officesOf(analysis, 'person:peter-sarto')).toEqual(['office:minister-of-foreign-affairs@country:hu']);
    expect(officesOf(analysis, 'person:murat-nurtleu')).toEqual(['office:minister-of-foreign-affairs@country:kz']);
    const describing = analysis.mentions.find((mention) => mention.entityId === 'country:kz');
    expect(describing?.describesPersonId).toBe('person:murat-nurtleu');
  });

  it('reads a name that comes before its title', () => {
    const analysis = analyzeText('Ahmed Attaf, Minister of Foreign Affairs of Algeria, arrived on Monday.', 'en');
    expect(officesOf(analysis, 'person:ahmed-ataf')).toEqual(['office:minister-of-foreign-affairs@country:dz']);
  });

  it('matches a known person under a spelling the base does not list', () => {
    const analysis = analyzeText('Defence Minister of Azerbaijan Zakir Hassanov visited Astana.', 'en');
    expect(idsOfKind(analysis, 'person')).toEqual(['person:zakir-hasanov']);
  });

  it('reads a first name that is also a place as the first name of the known person it begins ("Kabul Berdiev")', () => {
    const analysis = analyzeText(
      'Defence Minister of Uzbekistan Kabul Berdiev met his Kazakh counterpart in Tashkent. Talks in Kabul went on.',
      'en',
    );
    expect(idsOfKind(analysis, 'person')).toEqual(['person:kabul-berdiyev']);
    expect(entity(analysis, 'place:kabul')?.mentions).toHaveLength(1);
  });

  it('takes a known surname after another first name for a different person', () => {
    const analysis = analyzeText('President Ilham Aliyev recalled that Heydar Aliyev, President of Azerbaijan, founded the party.', 'en');
    expect(idsOfKind(analysis, 'person').sort()).toEqual(['person:heidar-alev', 'person:ilham-aliyev']);
  });

  // ru-24kz-tokayev-saida-mirziyoyeva-meeting (dev): the President's daughter and aide, not the President.
  it('takes a known surname after a first name that only shares its initial for a different person', () => {
    const analysis = analyzeText('Tokayev received Saida Mirziyoyev, aide to the President of Uzbekistan.', 'en');
    expect(idsOfKind(analysis, 'person')).not.toContain('person:shavkat-mirziyoyev');
  });

  // kk-abai-2017-12-25-jeenbekov-arrives-astana (dev): the Kazakh spelling of a Kyrgyz first name.
  it('keeps a known person whose first name is spelt with other vowels ("Сауранбай" for Sooronbay)', () => {
    const analysis = analyzeText('Бүгін Қырғызстанның бесінші сайланған президенті Сауранбай Жиенбеков Астанаға келді.', 'kk');
    expect(idsOfKind(analysis, 'person')).toEqual(['person:sooronbay-jeenbekov']);
  });

  it('keeps a known surname that begins with a particle ("Al Zayani")', () => {
    const analysis = analyzeText('This move was commended by Al Zayani, who highlighted its significance.', 'en');
    expect(idsOfKind(analysis, 'person')).toEqual(['person:abdullatif-bin-rashid-al-zayani']);
  });

  it('does not take a single capitalized word after a title for a person unless the article names them in full', () => {
    expect(idsOfKind(analyzeText('President Stubb spoke to reporters in Helsinki.', 'en'), 'person')).toEqual([]);
    const introduced = analyzeText('Finnish President Alexander Stubb arrived. President Stubb spoke to reporters.', 'en');
    expect(idsOfKind(introduced, 'person')).toEqual(['person:aleksander-stub']);
    expect(entity(introduced, 'person:aleksander-stub')?.mentions).toHaveLength(2);
  });

  it('reads no person from capitalized words without a title, nor from title words themselves', () => {
    const analysis = analyzeText(
      'Read More: Trans-Caspian Route. The Deputy Prime Minister said the President will visit. Kazakhstan’s Bibisara Sharipova won.',
      'en',
    );
    expect(idsOfKind(analysis, 'person')).toEqual([]);
  });

  it('reads an honorific before a full name', () => {
    const analysis = analyzeText('Пан Олександр Мережко заявив про підтримку. Мережко також відвідав Астану.', 'uk');
    expect(idsOfKind(analysis, 'person')).toEqual(['person:oleksandr-mereiko']);
    expect(entity(analysis, 'person:oleksandr-mereiko')?.mentions).toHaveLength(2);
  });
});

describe('title references', () => {
  it('resolves "the Minister of Defense of Kazakhstan" to the one person of that office and country', () => {
    const analysis = analyzeText(
      'Minister of Defense of Kazakhstan Imangali Tasmagambetov met his guest. The Minister of Defense of Kazakhstan proposed a plan.',
      'en',
    );
    const byTitle = analysis.mentions.filter((mention) => mention.form === 'title-reference');
    expect(byTitle.map((mention) => mention.entityId)).toEqual(['person:imangali-tasmagambetov']);
  });

  // kk-egemen-tokayev-cavusoglu-online-meeting (dev): Tokayev is named without a title, the story undated.
  it('resolves a title to the one person of the article the base records in that office when the text gives no one that title', () => {
    const analysis = analyzeText(
      'Қасым-Жомарт Тоқаев түрік компаниялары қатысатын бірлескен жобаларға Қазақстан Үкіметі тарапынан қолдау көрсетілетінін растады. Мевлют Чавушоғлу кездесуге мүмкіндік бергені үшін Қазақстан Президентіне алғыс айтты.',
      'kk',
    );
    const byTitle = analysis.mentions.filter((mention) => mention.form === 'title-reference');
    expect(byTitle.map((mention) => mention.entityId)).toEqual(['person:kassym-jomart-tokayev']);
  });

  it('leaves a title unresolved when two persons of the article hold it', () => {
    const analysis = analyzeText(
      'President Kassym-Jomart Tokayev met President Shavkat Mirziyoyev. The President said the talks went well.',
      'en',
    );
    expect(analysis.mentions.filter((mention) => mention.form === 'title-reference')).toEqual([]);
  });
});

describe('offices of known persons', () => {
  it('adds the office the base records on the publication date, with less confidence, when the text names no title', () => {
    const analysis = analyzeText('Tokayev spoke about the Organization of Turkic States.', 'en', '2022-05-11');
    const holding = analysis.offices.find((candidate) => candidate.personId === 'person:kassym-jomart-tokayev');
    expect(holding).toMatchObject({ officeId: 'office:president', countryId: 'country:kz', asOf: { iso: '2022-05-11' } });
    expect(holding!.confidence).toBeLessThan(0.6);
  });

  it('takes the office the text states, under the office name, with the publication date', () => {
    const analysis = analyzeText("Kazakhstan's Defense Minister Nurlan Yermekbayev met the delegation.", 'en', '2021-02-05');
    expect(analysis.offices).toEqual([
      expect.objectContaining({
        personId: 'person:nurlan-yermekbayev',
        officeId: 'office:minister-of-defence',
        title: 'Minister of Defence',
        countryId: 'country:kz',
        asOf: expect.objectContaining({ iso: '2021-02-05' }),
      }),
    ]);
  });

  it('stores one title for an office however the sentence declines it, so that one office is one fact', () => {
    const sentences: Array<[string, 'ru' | 'uk' | 'kk']> = [
      ['Президент Казахстана Касым-Жомарт Токаев провел переговоры в Астане.', 'ru'],
      ['Переговоры с Президентом Казахстана Касым-Жомартом Токаевым прошли в Астане.', 'ru'],
      ['Зустріч із Президентом Казахстану Касим-Жомартом Токаєвим відбулася в Астані.', 'uk'],
      ['Қазақстан Президенті Қасым-Жомарт Тоқаев Астанада келіссөздер жүргізді.', 'kk'],
    ];
    for (const [sentence, language] of sentences) {
      const holdings = analyzeText(sentence, language, '2024-05-10').offices.filter(
        (holding) => holding.personId === 'person:kassym-jomart-tokayev',
      );
      expect(holdings.map(({ officeId, title }) => ({ officeId, title }))).toEqual([{ officeId: 'office:president', title: 'President' }]);
    }
  });

  it("does not give a known person an office the sentence gives another country's holder", () => {
    const analysis = analyzeText(
      'Greeting the Russian Foreign Minister, Tokayev highlighted the dynamic development of bilateral cooperation.',
      'en',
      '2024-11-24',
    );
    expect(officesOf(analysis, 'person:kassym-jomart-tokayev')).toEqual(['office:president@country:kz']);
  });
});
