import { describe, expect, it } from '@jest/globals';
import { analyzeText, entity, idsOfKind, officesOf } from '../../../support/entity-analysis.ts';

/** Each person's holdings as "officeId or title@country", sorted, including holdings without a canonical office. */
function titlesOf(analysis: ReturnType<typeof analyzeText>, personId: string): string[] {
  return analysis.offices
    .filter((holding) => holding.personId === personId)
    .map((holding) => `${holding.officeId ?? holding.title}@${holding.countryId ?? '?'}`)
    .sort();
}

describe('titles the base lists besides ministers', () => {
  it('reads an undersecretary of state as a deputy minister, of the country of the delegation he leads', () => {
    const analysis = analyzeText(
      "A delegation of Poland's Ministry of Climate and Environment, led by Undersecretary of State Piotr Wiśniewski, paid a working visit to Kazakhstan.",
      'en',
    );
    expect(entity(analysis, 'person:potr-visnevski')).toMatchObject({ name: 'Piotr Wiśniewski', countryId: 'country:pl' });
    expect(officesOf(analysis, 'person:potr-visnevski')).toEqual(['office:deputy-minister@country:pl']);
  });

  it('reads the head of a delegation named with "во главе с" or "на чолі з" as of the delegation\'s country', () => {
    const russian = analyzeText(
      'Делегация Министерства обороны Республики Узбекистан во главе с заместителем министра обороны генерал-майором Хуршидом Алимовым находилась в Казахстане.',
      'ru',
    );
    expect(entity(russian, 'person:hursid-alimov')).toMatchObject({ name: 'Хуршид Алимов', countryId: 'country:uz' });
    expect(officesOf(russian, 'person:hursid-alimov')).toEqual(['office:deputy-minister-of-defence@country:uz']);
    const ukrainian = analyzeText(
      'Делегація Міністерства оборони Польщі на чолі з генерал-майором Павлом Ковальським прибула до Астани.',
      'uk',
    );
    expect(entity(ukrainian, 'person:pavlo-kovalski')).toMatchObject({ name: 'Павло Ковальський', countryId: 'country:pl' });
  });

  it('reads a name introduced by "led by" without a title', () => {
    const analysis = analyzeText('The Polish delegation, led by Piotr Wiśniewski, held talks in Astana.', 'en');
    expect(entity(analysis, 'person:potr-visnevski')).toMatchObject({ known: false, countryId: 'country:pl' });
  });

  it("ranks a state secretary of a ministry as that ministry's deputy minister, in English and Russian", () => {
    const english = analyzeText(
      'Daniyar Sarsenbayev met the State Secretary of the Ministry of Foreign Affairs of Mongolia Battsetseg Enkhbold.',
      'en',
    );
    expect(officesOf(english, 'person:batceceg-enhbold')).toEqual(['office:deputy-minister-of-foreign-affairs@country:mn']);
    const russian = analyzeText(
      'Государственный секретарь Министерства иностранных дел и внешней торговли Венгрии Балаж Варга подписал меморандум.',
      'ru',
    );
    expect(officesOf(russian, 'person:balai-varga')).toEqual(['office:deputy-minister-of-foreign-affairs@country:hu']);
  });

  it('reads the country of an initialism with stops before the title ("U.S. Under Secretary of State")', () => {
    const analysis = analyzeText('U.S. Under Secretary of State for Economic Growth Jose Fernandez arrived in Astana.', 'en');
    expect(officesOf(analysis, 'person:ose-fernandez')).toEqual(['office:deputy-minister@country:us']);
  });

  it('reads "Security Council Secretary" as the secretary of the security council', () => {
    const analysis = analyzeText('Russian Security Council Secretary Sergei Shoigu arrived in Astana.', 'en');
    expect(officesOf(analysis, 'person:sergei-shoigu')).toEqual(['office:secretary-of-the-security-council@country:ru']);
  });

  it('keeps a state secretary outside a ministry as a title without a canonical office', () => {
    const analysis = analyzeText('State Secretary Yerlan Karin met the delegation.', 'en');
    expect(titlesOf(analysis, 'person:erlan-karin')).toEqual(['State Secretary@?']);
  });

  it("reads a chargé d'affaires with the country he represents, not the one he serves in", () => {
    const english = analyzeText("The talks were attended by the Chargé d'Affaires of Japan in Kazakhstan Hiroshi Tanaka.", 'en');
    expect(titlesOf(english, 'person:hirosi-tanaka')).toEqual(["Chargé d'Affaires@country:jp"]);
    const russian = analyzeText('Временный поверенный в делах Японии в Казахстане Хироси Танака принял участие во встрече.', 'ru');
    expect(entity(russian, 'person:hirosi-tanaka')).toMatchObject({ name: 'Хироси Танака', countryId: 'country:jp' });
  });

  it('reads "Deputy Head of …" without giving the deputy the head\'s office', () => {
    const analysis = analyzeText('Deputy Head of the Presidential Administration of Kazakhstan Timur Suleimenov spoke.', 'en');
    expect(officesOf(analysis, 'person:timur-suleimenov')).toEqual(['Deputy Head of the Presidential Administration@country:kz']);
  });
});

describe('portfolios of ministers', () => {
  it('reads a portfolio with commas and "and" before the country, as the generic minister of that country', () => {
    const analysis = analyzeText(
      'Sarsenbayev also met with the Minister of Food, Agriculture and Light Industry of Mongolia Khurelbaatar Tumurbaatar.',
      'en',
    );
    expect(officesOf(analysis, 'person:hurelbatar-tumurbatar')).toEqual(['office:minister@country:mn']);
    expect(analysis.offices.find((holding) => holding.personId === 'person:hurelbatar-tumurbatar')?.title).toBe(
      'Minister of Food, Agriculture and Light Industry',
    );
  });

  it('reads a portfolio of listed words with no country after it, up to the name', () => {
    const analysis = analyzeText('Kazakh Minister of Energy Almasadam Satkaliyev met the guests.', 'en');
    expect(officesOf(analysis, 'person:almasadam-satkalev')).toEqual(['office:minister@country:kz']);
  });

  it("continues a portfolio the title has begun, keeping the title's office", () => {
    const analysis = analyzeText("Hungary's Minister of Foreign Affairs and Trade Péter Szijjártó arrived in Astana.", 'en');
    expect(officesOf(analysis, 'person:peter-sarto')).toEqual(['office:minister-of-foreign-affairs@country:hu']);
    const russian = analyzeText('Министр иностранных дел и внешней торговли Венгрии Петер Сийярто прибыл в Астану.', 'ru');
    expect(officesOf(russian, 'person:peter-sarto')).toEqual(['office:minister-of-foreign-affairs@country:hu']);
  });

  it('reads a Cyrillic portfolio in the genitive before the country, and a second title after a dash', () => {
    const analysis = analyzeText('Про це заявив заступник міністра економіки України – торговий представник Ігор Бондаренко.', 'uk');
    expect(titlesOf(analysis, 'person:igor-bondarenko')).toEqual(['office:deputy-minister@country:ua', 'торговий представник@country:ua']);
  });

  it('reads a vice minister written as one word, as the new Ukrainian spelling has it', () => {
    const analysis = analyzeText('Казахстанську делегацію очолював віцеміністр торгівлі та інтеграції Казахстану Данияр Ахметов.', 'uk');
    expect(officesOf(analysis, 'person:danar-ahmetov')).toEqual(['office:deputy-minister@country:kz']);
  });

  it('does not take the words after a title for a portfolio when a verb follows it', () => {
    const analysis = analyzeText('Министр обороны провел переговоры с Иваном Ивановым в Астане.', 'ru');
    expect(idsOfKind(analysis, 'person')).toEqual([]);
  });
});

describe('ranks, articles and where an office is held', () => {
  it('reads a rank between the title and the name, and a first name that is also a title word', () => {
    const analysis = analyzeText(
      'Chief of the General Staff of the Armed Forces of Kazakhstan Lieutenant General Sultan Kamaletdinov met the guests.',
      'en',
    );
    expect(officesOf(analysis, 'person:sultan-kamaletdinov')).toEqual(['office:chief-of-general-staff@country:kz']);
  });

  it('reads a rank alone as introducing a name, not as an office', () => {
    const analysis = analyzeText('Colonel General Bakhodir Niyazmatov met the guests.', 'en');
    expect(idsOfKind(analysis, 'person')).toEqual(['person:bahodir-nazmatov']);
    expect(analysis.offices).toEqual([]);
  });

  it('reads an honorific between the title and the name', () => {
    const analysis = analyzeText('Deputy Minister of Energy Mr Almas Aidarov attended.', 'en');
    expect(officesOf(analysis, 'person:almas-aidarov')).toEqual(['office:deputy-minister@?']);
  });

  it("reads an ambassador's own country, not the one he is accredited to", () => {
    for (const [text, language, id] of [
      ['Ambassador of Turkey to Kazakhstan Mehmet Sait Uyanık attended the ceremony.', 'en', 'person:mehmet-sait-uanik'],
      ['Посол Турции в Казахстане Мехмет Саит Уяник принял участие в церемонии.', 'ru', 'person:mehmet-sait-uanik'],
    ] as const) {
      expect(officesOf(analyzeText(text, language), id)).toEqual(['office:ambassador@country:tr']);
    }
    const representative = analyzeText("Kazakhstan's Permanent Representative to the United Nations Kairat Umarov spoke.", 'en');
    expect(titlesOf(representative, 'person:kairat-umarov')).toEqual(['Permanent Representative@country:kz']);
  });

  // en-vestikavkaza-lavrov-abaev-talks (dev): the capital he serves in stands where a country would.
  it('reads the name after an ambassador accredited to a capital, and the country before the title as his own', () => {
    const analysis = analyzeText(
      'Russian Foreign Minister Sergey Lavrov and Kazakhstan’s Ambassador to Moscow Dauren Abaev have discussed interaction on the international stage.',
      'en',
    );
    expect(officesOf(analysis, 'person:dauren-abaev')).toEqual(['office:ambassador@country:kz']);
  });

  it('reads a name before ", the <title> of <country>,"', () => {
    const analysis = analyzeText('Péter Szijjártó, the Foreign Minister of Hungary, said the talks were useful.', 'en');
    expect(officesOf(analysis, 'person:peter-sarto')).toEqual(['office:minister-of-foreign-affairs@country:hu']);
  });
});

describe('names in the case of the title before them', () => {
  it.each([
    ['Президент вручил орден министру иностранных дел Венгрии Петеру Сийярто.', 'ru', 'person:peter-sarto', 'Петер Сийярто'],
    ['Глава государства принял министра энергетики Азербайджана Парвиза Шахбазова.', 'ru', 'person:parviz-sahbazov', 'Парвиз Шахбазов'],
    [
      'Токаев вручил награду Чрезвычайному и Полномочному Послу Турции в Казахстане Мехмету Саиту Уянику.',
      'ru',
      'person:mehmet-sait-uanik',
      'Мехмет Саит Уяник',
    ],
    ['Президент провів зустріч з міністром економіки Польщі Анною Ковальською.', 'uk', 'person:ana-kovalska', 'Анна Ковальська'],
    [
      'Зустріч із заступником міністра оборони Польщі Павлом Бондаренком тривала годину.',
      'uk',
      'person:pavlo-bondarenko',
      'Павло Бондаренко',
    ],
    ["Прем'єр-міністр зустрівся з міністром оборони Литви Дмитром Івановим.", 'uk', 'person:dmitro-ivanov', 'Дмитро Іванов'],
  ])('%s', (text, language, id, name) => {
    expect(entity(analyzeText(text, language), id)?.name).toBe(name);
  });
});

describe('counterparts', () => {
  it('does not take a person of another office for the counterpart of a titled person', () => {
    const analysis = analyzeText(
      'Заместитель министра обороны Узбекистана Хуршид Алимов прибыл в Астану. В прошлом году министр обороны Казахстана Руслан Жаксылыков и его узбекский коллега провели переговоры.',
      'ru',
    );
    expect(analysis.mentions.filter((mention) => mention.form === 'title-reference')).toEqual([]);
  });
});

describe('organizations inside a title', () => {
  it("marks a ministry named in a person's title as describing that person", () => {
    const analysis = analyzeText(
      'Государственный секретарь Министерства иностранных дел и внешней торговли Венгрии Балаж Варга подписал меморандум.',
      'ru',
    );
    const ministry = analysis.mentions.find((mention) => mention.kind === 'organization');
    expect(ministry?.entityId).toMatch(/^org:hu-ministry-of-/);
    expect(ministry?.describesPersonId).toBe('person:balai-varga');
  });

  it('does not read a ministry portfolio across a comma', () => {
    const analysis = analyzeText('По данным казахстанского министерства, товарооборот между двумя странами вырос.', 'ru');
    expect(idsOfKind(analysis, 'organization')).toEqual([]);
  });
});

describe('offices stated by a title that refers back to a named person', () => {
  it('gives a known person named without a title the office a later "Президент Казахстана" states', () => {
    const analysis = analyzeText(
      'Касым-Жомарт Токаев принял министра иностранных дел Узбекистана Абдулазиза Камилова. В завершение встречи Президент Казахстана передал главе Узбекистана самые теплые пожелания благополучия и здоровья.',
      'ru',
    );
    expect(titlesOf(analysis, 'person:kassym-jomart-tokayev')).toEqual(['office:president@country:kz']);
  });

  it('gives no office from a bare title that states no country ("Президент подчеркнул")', () => {
    const analysis = analyzeText(
      'Сегодня состоялся телефонный разговор с Касым-Жомартом Токаевым. Президент подчеркнул важность проведения Дней культуры.',
      'ru',
    );
    expect(titlesOf(analysis, 'person:kassym-jomart-tokayev')).toEqual([]);
  });
});

describe('the Russian government chaired, not headed by a prime minister', () => {
  // kk-zakon-2025-11-10-tokayev-moscow-visit-manturov (dev); the Russian sentences are our own.
  it.each([
    [
      'Айта кетсек, бүгін, 10 қарашада Қасым-Жомарт Тоқаев Ресей Федерациясы үкіметі төрағасының бірінші орынбасары Денис Мантуровты қабылдаған болатын.',
      'kk',
      'person:denis-manturov',
      'office:first-deputy-prime-minister@country:ru',
    ],
    [
      'Токаев принял первого заместителя председателя правительства России Дениса Мантурова.',
      'ru',
      'person:denis-manturov',
      'office:first-deputy-prime-minister@country:ru',
    ],
    [
      'Председатель правительства России Михаил Мишустин прибыл в Астану.',
      'ru',
      'person:mikhail-mishustin',
      'office:prime-minister@country:ru',
    ],
  ])('reads "%s" as the office it is', (text, language, personId, office) => {
    expect(titlesOf(analyzeText(text, language), personId)).toEqual([office]);
  });
});
