/**
 * The words of the synthetic articles that are not domain knowledge: sentence frames, calendar words,
 * web-page clutter, invented outlets and the syllables of invented names. Every country, person, office,
 * place and topic comes from the knowledge base instead. Russian and Ukrainian frames are built so that
 * knowledge-base names stay in the nominative ("в городе Анкара", adjective + title + name).
 */
export const CORPUS_LANGUAGES = ['en', 'ru', 'uk'] as const;
export type CorpusLanguage = (typeof CORPUS_LANGUAGES)[number];

/** One word in each script: [en, ru, uk]. */
export type Spelling = readonly [string, string, string];

export type EventKind = 'meeting' | 'talks' | 'visit' | 'phone_call';
export type AgreementKind = 'agreement' | 'memorandum' | 'joint_declaration' | 'roadmap' | 'cooperation_plan';

/** What a frame needs to state an event: rendered participants, the place (none for a call) and when. */
export interface EventWords {
  participants: string[];
  place: string | undefined;
  when: string;
}

export interface Phrasebook {
  months: string[];
  /** Sunday first, as Date.getUTCDay counts. */
  weekdays: string[];
  today: string;
  /** A day in running text: "on May 10", "10 мая 2024 года". */
  dayInText(day: number, month: string, year: number | undefined): string;
  /** The date line under a headline: "5 February 2021, 13:16". */
  dateLine(day: number, month: string, year: number, time: string | undefined): string;
  and: string;
  eventFrames: Record<EventKind, Array<(words: EventWords) => string>>;
  /** "Kazakhstan's Minister of Defence Ruslan Zhaksylykov" and similar; adjective may be missing. */
  participantForms: Array<(parts: { country: string; adjective: string | undefined; title: string; name: string }) => string | undefined>;
  organizationParticipant(parts: { acronym: string; title: string; name: string }): string;
  topicsSentence(topics: string[]): string;
  agreementSentence(kind: AgreementKind, topic: string): string;
  quotes: string[];
  quoteSentence(surname: string, quote: string): string;
  fillers: string[];
  titles: Array<(parts: { countries: string[]; surnames: string[]; place: string | undefined; topic: string }) => string>;
  /** A dateline such as "ANKARA. STEPPE WIRE - " before the first sentence of wire copy. */
  dateline(place: string, outlet: string): string;
  clutter: {
    currencyHeading: string;
    weatherHeading: string;
    menu: string[];
    languageSwitch: string;
    relatedHeading: string;
    popularHeading: string;
    readAlso: string;
    author: string;
    footers: string[];
    neutralHeadlines: string[];
    relatedHeadline(parts: { countryA: string; countryB: string; topic: string }): string;
  };
  outlets: Array<{ name: string; domain: string; section: string }>;
}

const list = (items: string[], and: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase() + text.slice(1);

export const CURRENCY_PAIRS = ['usd', 'eur', 'rub', 'cny', 'try', 'uah', 'kzt'];

const english: Phrasebook = {
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  weekdays: ['on Sunday', 'on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday'],
  today: 'today',
  dayInText: (day, month, year) => (year === undefined ? `on ${month} ${day}` : `on ${day} ${month} ${year}`),
  dateLine: (day, month, year, time) => `${day} ${month} ${year}${time === undefined ? '' : `, ${time}`}`,
  and: 'and',
  eventFrames: {
    meeting: [
      ({ participants: [first, ...rest], place, when }) => `${first} met with ${list(rest, 'and')} in ${place} ${when}.`,
      ({ participants, place, when }) => `${list(participants, 'and')} held a meeting in ${place} ${when}.`,
    ],
    talks: [
      ({ participants: [first, ...rest], place, when }) => `${first} held talks with ${list(rest, 'and')} in ${place} ${when}.`,
      ({ participants, place, when }) => `${list(participants, 'and')} held bilateral talks in ${place} ${when}.`,
    ],
    visit: [
      ({ participants: [first, ...rest], place, when }) =>
        `During an official visit to ${place}, ${first} met ${list(rest, 'and')} ${when}.`,
      ({ participants: [first, ...rest], place, when }) =>
        `${first}, on a working visit to ${place}, held talks with ${list(rest, 'and')} ${when}.`,
    ],
    phone_call: [
      ({ participants: [first, ...rest], when }) => `${first} had a phone conversation with ${list(rest, 'and')} ${when}.`,
      ({ participants, when }) => `${list(participants, 'and')} held a telephone conversation ${when}.`,
    ],
  },
  participantForms: [
    ({ country, title, name }) => `${country}'s ${title} ${name}`,
    ({ country, title, name }) => `${title} of ${country} ${name}`,
    ({ adjective, title, name }) => (adjective === undefined ? undefined : `${adjective} ${title} ${name}`),
  ],
  organizationParticipant: ({ acronym, title, name }) => `${acronym} ${title} ${name}`,
  topicsSentence: (topics) => `The sides discussed ${list(topics, 'and')}.`,
  agreementSentence: (kind, topic) =>
    ({
      agreement: `Following the talks, the parties signed an agreement on cooperation in ${topic}.`,
      memorandum: `A memorandum of understanding on ${topic} was signed at the meeting.`,
      joint_declaration: `The sides signed a joint declaration that also covers ${topic}.`,
      roadmap: `The two sides signed a roadmap for cooperation in ${topic}.`,
      cooperation_plan: `Upon completion of the meeting, the parties approved a cooperation plan on ${topic}.`,
    })[kind],
  quotes: [
    'We have agreed to continue working together',
    'Our countries are reliable partners',
    'Many new agreements are planned to be signed',
    'We held a long and fruitful meeting',
  ],
  quoteSentence: (surname, quote) => `“${quote},” ${surname} said.`,
  fillers: [
    'The relations between the two countries have a strategic meaning.',
    'The sides stressed the importance of practical cooperation.',
    'Special attention was paid to the schedule of bilateral visits for the current year.',
    'The parties also agreed on the need to intensify cooperation between the regions.',
    'Both sides noted the growing volume of joint projects.',
  ],
  titles: [
    ({ countries, topic }) => `${countries[0]}, ${countries[1] ?? countries[0]} to boost ${topic} cooperation`,
    ({ surnames, place }) =>
      place === undefined ? `${list(surnames, 'and')} speak by phone` : `${list(surnames, 'and')} hold talks in ${place}`,
    ({ countries }) => `${list(countries, 'and')} discuss bilateral agenda`,
  ],
  dateline: (place, outlet) => `${place.toUpperCase()}. ${outlet.toUpperCase()} - `,
  clutter: {
    currencyHeading: 'Currency rates:',
    weatherHeading: 'Weather:',
    menu: ['Main Page  >', 'News  >', 'World News'],
    languageSwitch: 'ру қз qz 中文 ق ز Ўз',
    relatedHeading: 'Related news',
    popularHeading: 'Popular',
    readAlso: 'Read also:',
    author: 'Author:',
    footers: [
      'Leave a Reply',
      'print version',
      'Official Internet Resources',
      'Your email address will not be published. Required fields are marked *',
    ],
    neutralHeadlines: [
      'Dust storms and squalls to sweep through the region',
      'Wildfire contained after two days',
      'New vice minister of digital development named',
      'Think tanks interested in establishing cooperation with research institutes',
      'Weather forecast for the weekend',
    ],
    relatedHeadline: ({ countryA, countryB, topic }) => `${countryA}-${countryB} ${topic} cooperation development issues discussed`,
  },
  outlets: [
    { name: 'Steppe Wire', domain: 'steppewire.example', section: 'world' },
    { name: 'Caspian Herald', domain: 'caspianherald.example', section: 'politics' },
    { name: 'Eurasia Monitor', domain: 'eurasiamonitor.example', section: 'diplomacy' },
    { name: 'Silk Road Times', domain: 'silkroadtimes.example', section: 'news' },
    { name: 'Capital Bulletin', domain: 'capitalbulletin.example', section: 'foreign-policy' },
    { name: 'Youth Diplomacy Review', domain: 'youthdiplomacy.example', section: 'analysis' },
  ],
};

const russian: Phrasebook = {
  months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  weekdays: ['в воскресенье', 'в понедельник', 'во вторник', 'в среду', 'в четверг', 'в пятницу', 'в субботу'],
  today: 'сегодня',
  dayInText: (day, month, year) => (year === undefined ? `${day} ${month}` : `${day} ${month} ${year} года`),
  dateLine: (day, month, year, time) => `${day} ${month} ${year}${time === undefined ? '' : `, ${time}`}`,
  and: 'и',
  eventFrames: {
    meeting: [
      ({ participants, place, when }) => `${list(participants, 'и')} встретились в городе ${place} ${when}.`,
      ({ participants, place, when }) => `${when} в городе ${place} состоялась встреча, в которой участвовали ${list(participants, 'и')}.`,
    ],
    talks: [
      ({ participants, place, when }) => `${list(participants, 'и')} провели переговоры в городе ${place} ${when}.`,
      ({ participants, place, when }) => `${when} ${list(participants, 'и')} провели двусторонние переговоры в городе ${place}.`,
    ],
    visit: [
      ({ participants, place, when }) =>
        `В ходе официального визита в город ${place} ${list(participants, 'и')} ${when} провели переговоры.`,
    ],
    phone_call: [
      ({ participants, when }) => `${list(participants, 'и')} ${when} провели телефонный разговор.`,
      ({ participants, when }) => `${when} состоялся телефонный разговор, в котором участвовали ${list(participants, 'и')}.`,
    ],
  },
  participantForms: [
    ({ adjective, title, name }) => (adjective === undefined ? undefined : `${adjective} ${lowerFirst(title)} ${name}`),
    ({ country, title, name }) => `${lowerFirst(title)} ${name} (${country})`,
  ],
  organizationParticipant: ({ acronym, title, name }) => `${lowerFirst(title)} ${acronym} ${name}`,
  topicsSentence: (topics) => `Стороны обсудили вопросы по направлениям: ${topics.map(lowerFirst).join(', ')}.`,
  agreementSentence: (kind, topic) =>
    `По итогам переговоров стороны подписали ${
      {
        agreement: 'соглашение о сотрудничестве',
        memorandum: 'меморандум о взаимопонимании',
        joint_declaration: 'совместную декларацию',
        roadmap: 'дорожную карту',
        cooperation_plan: 'план сотрудничества',
      }[kind]
    }; направление — ${lowerFirst(topic)}.`,
  quotes: [
    'Мы договорились продолжить совместную работу',
    'Наши страны — надёжные партнёры',
    'Планируется подписать много новых соглашений',
  ],
  quoteSentence: (surname, quote) => `${surname}: «${quote}».`,
  fillers: [
    'Отношения двух стран носят стратегический характер.',
    'Стороны подчеркнули важность практического сотрудничества.',
    'Особое внимание было уделено графику двусторонних визитов на текущий год.',
    'Стороны также договорились активизировать межрегиональное сотрудничество.',
  ],
  titles: [
    ({ countries }) => `${list(countries, 'и')} обсудили двустороннюю повестку`,
    ({ place }) => (place === undefined ? 'Состоялся телефонный разговор' : `Переговоры в городе ${place}`),
    ({ countries, topic }) => `${countries[0]} и ${countries[1] ?? countries[0]}: ${lowerFirst(topic)}`,
  ],
  dateline: (place, outlet) => `${place.toUpperCase()}, ${outlet} — `,
  clutter: {
    currencyHeading: 'Курсы валют:',
    weatherHeading: 'Погода:',
    menu: ['Главная  >', 'Новости  >', 'В мире'],
    languageSwitch: 'Читати новину українською',
    relatedHeading: 'Читайте также',
    popularHeading: 'Популярное',
    readAlso: 'Внимание:',
    author: 'Автор:',
    footers: ['Версия для печати', 'Официальные интернет-ресурсы', 'Подписывайтесь на наш канал'],
    neutralHeadlines: ['Пыльные бури ожидаются в регионе', 'Прогноз погоды на выходные', 'Назначен новый вице-министр цифрового развития'],
    relatedHeadline: ({ countryA, countryB, topic }) => `${countryA} и ${countryB}: ${lowerFirst(topic)}`,
  },
  outlets: [
    { name: 'Степной вестник', domain: 'stepvestnik.example', section: 'politika' },
    { name: 'Евразия сегодня', domain: 'eurasia-segodnya.example', section: 'mir' },
    { name: 'Каспийское обозрение', domain: 'kaspiy-obozrenie.example', section: 'news' },
    { name: 'Деловая столица', domain: 'delstolitsa.example', section: 'diplomatiya' },
  ],
};

const ukrainian: Phrasebook = {
  months: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  weekdays: ['у неділю', 'у понеділок', 'у вівторок', 'у середу', 'у четвер', "у п'ятницю", 'у суботу'],
  today: 'сьогодні',
  dayInText: (day, month, year) => (year === undefined ? `${day} ${month}` : `${day} ${month} ${year} року`),
  dateLine: (day, month, year, time) => `${day} ${month} ${year}${time === undefined ? '' : `, ${time}`}`,
  and: 'і',
  eventFrames: {
    meeting: [
      ({ participants, place, when }) => `${list(participants, 'і')} зустрілися у місті ${place} ${when}.`,
      ({ participants, place, when }) => `${when} у місті ${place} відбулася зустріч, у якій взяли участь ${list(participants, 'і')}.`,
    ],
    talks: [
      ({ participants, place, when }) => `${list(participants, 'і')} провели переговори у місті ${place} ${when}.`,
      ({ participants, place, when }) => `${when} ${list(participants, 'і')} провели двосторонні переговори у місті ${place}.`,
    ],
    visit: [
      ({ participants, place, when }) =>
        `Під час офіційного візиту до міста ${place} ${list(participants, 'і')} ${when} провели переговори.`,
    ],
    phone_call: [
      ({ participants, when }) => `${list(participants, 'і')} ${when} провели телефонну розмову.`,
      ({ participants, when }) => `${when} відбулася телефонна розмова, у якій взяли участь ${list(participants, 'і')}.`,
    ],
  },
  participantForms: [
    ({ adjective, title, name }) => (adjective === undefined ? undefined : `${adjective} ${lowerFirst(title)} ${name}`),
    ({ country, title, name }) => `${lowerFirst(title)} ${name} (${country})`,
  ],
  organizationParticipant: ({ acronym, title, name }) => `${lowerFirst(title)} ${acronym} ${name}`,
  topicsSentence: (topics) => `Сторони обговорили питання за напрямами: ${topics.map(lowerFirst).join(', ')}.`,
  agreementSentence: (kind, topic) =>
    `За підсумками переговорів сторони підписали ${
      {
        agreement: 'угоду про співпрацю',
        memorandum: 'меморандум про взаєморозуміння',
        joint_declaration: 'спільну декларацію',
        roadmap: 'дорожню карту',
        cooperation_plan: 'план співпраці',
      }[kind]
    }; напрям — ${lowerFirst(topic)}.`,
  quotes: ['Ми домовилися продовжити спільну роботу', 'Наші країни — надійні партнери', 'Планується підписати багато нових угод'],
  quoteSentence: (surname, quote) => `${surname}: «${quote}».`,
  fillers: [
    'Відносини двох країн мають стратегічний характер.',
    'Сторони наголосили на важливості практичної співпраці.',
    'Окрему увагу приділили графіку двосторонніх візитів на поточний рік.',
    'Однак подробиць у повідомленні відомства не наводять.',
  ],
  titles: [
    ({ countries }) => `${list(countries, 'і')} обговорили двосторонній порядок денний`,
    ({ place }) => (place === undefined ? 'Відбулася телефонна розмова' : `Переговори у місті ${place}`),
    ({ countries, topic }) => `${countries[0]} і ${countries[1] ?? countries[0]}: ${lowerFirst(topic)}`,
  ],
  dateline: (place, outlet) => `${place.toUpperCase()}, ${outlet} — `,
  clutter: {
    currencyHeading: 'Курси валют:',
    weatherHeading: 'Погода:',
    menu: ['Головна  >', 'Новини  >', 'Світ'],
    languageSwitch: 'Читать новость на русском',
    relatedHeading: 'Читайте також',
    popularHeading: 'Популярне',
    readAlso: 'Зверніть увагу –',
    author: 'Автор:',
    footers: ['Версія для друку', 'Офіційні інтернет-ресурси', 'Підписуйтеся на наш канал'],
    neutralHeadlines: [
      'Пилові бурі очікуються в регіоні',
      'Прогноз погоди на вихідні',
      'Призначено нового заступника міністра цифрового розвитку',
    ],
    relatedHeadline: ({ countryA, countryB, topic }) => `${countryA} і ${countryB}: ${lowerFirst(topic)}`,
  },
  outlets: [
    { name: 'Степовий кур’єр', domain: 'stepkurier.example', section: 'svit' },
    { name: 'Євразійський огляд', domain: 'euroglyad.example', section: 'polityka' },
    { name: 'Новини Сходу', domain: 'novyny-skhodu.example', section: 'news' },
    { name: 'Дипломатичний тиждень', domain: 'dyptyzhden.example', section: 'dyplomatiya' },
  ],
};

export const PHRASEBOOKS: Record<CorpusLanguage, Phrasebook> = { en: english, ru: russian, uk: ukrainian };

const MALE_FIRST_NAMES: readonly Spelling[] = [
  ['Arman', 'Арман', 'Арман'],
  ['Daniyar', 'Данияр', 'Данияр'],
  ['Timur', 'Тимур', 'Тимур'],
  ['Bolat', 'Болат', 'Болат'],
  ['Aidos', 'Айдос', 'Айдос'],
  ['Rustam', 'Рустам', 'Рустам'],
  ['Farid', 'Фарид', 'Фарід'],
  ['Emre', 'Эмре', 'Емре'],
  ['Kerim', 'Керим', 'Керім'],
  ['Oleg', 'Олег', 'Олег'],
  ['Andrei', 'Андрей', 'Андрій'],
  ['Dmitry', 'Дмитрий', 'Дмитро'],
  ['Nikolai', 'Николай', 'Микола'],
  ['Yerzhan', 'Ержан', 'Єржан'],
  ['Anar', 'Анар', 'Анар'],
  ['Bakhodir', 'Баходир', 'Баходір'],
];

const FEMALE_FIRST_NAMES: readonly Spelling[] = [
  ['Aigerim', 'Айгерим', 'Айгерім'],
  ['Dana', 'Дана', 'Дана'],
  ['Elena', 'Елена', 'Олена'],
  ['Gulnara', 'Гульнара', 'Гульнара'],
  ['Zarina', 'Зарина', 'Зарина'],
  ['Madina', 'Мадина', 'Мадіна'],
];

export const INVENTED_FIRST_NAMES: ReadonlyArray<{ spelling: Spelling; gender: 'male' | 'female' }> = [
  ...MALE_FIRST_NAMES.map((spelling) => ({ spelling, gender: 'male' as const })),
  ...FEMALE_FIRST_NAMES.map((spelling) => ({ spelling, gender: 'female' as const })),
];

/** Surname roots that take a gendered ending: -ov/-ova, -bayev/-bayeva, -in/-ina. */
export const SURNAME_ROOTS: readonly Spelling[] = [
  ['Sadyk', 'Садык', 'Садик'],
  ['Karim', 'Карим', 'Карім'],
  ['Nurmagambet', 'Нурмагамбет', 'Нурмагамбет'],
  ['Tulegen', 'Тулеген', 'Тулеген'],
  ['Abdrakhman', 'Абдрахман', 'Абдрахман'],
  ['Zhum', 'Жум', 'Жум'],
  ['Iskak', 'Искак', 'Іскак'],
  ['Orazal', 'Оразал', 'Оразал'],
  ['Sultan', 'Султан', 'Султан'],
  ['Kuznets', 'Кузнец', 'Кузнец'],
  ['Petr', 'Петр', 'Петр'],
  ['Mukhamedzhan', 'Мухамеджан', 'Мухамеджан'],
];

export const SURNAME_ENDINGS: ReadonlyArray<{ male: Spelling; female: Spelling }> = [
  { male: ['ov', 'ов', 'ов'], female: ['ova', 'ова', 'ова'] },
  { male: ['bayev', 'баев', 'баєв'], female: ['bayeva', 'баева', 'баєва'] },
  { male: ['in', 'ин', 'ін'], female: ['ina', 'ина', 'іна'] },
];

/** Surnames that do not change with gender. */
export const INVARIABLE_SURNAMES: readonly Spelling[] = [
  ['Yilmaz', 'Йылмаз', 'Йилмаз'],
  ['Demirci', 'Демирджи', 'Демірджі'],
  ['Kovalenko', 'Коваленко', 'Коваленко'],
  ['Shevchuk', 'Шевчук', 'Шевчук'],
  ['Ozturk', 'Озтюрк', 'Озтюрк'],
  ['Marchenko', 'Марченко', 'Марченко'],
];

export const LANGUAGE_INDEX: Record<CorpusLanguage, 0 | 1 | 2> = { en: 0, ru: 1, uk: 2 };
