import type { Topic } from '../knowledge/knowledge-schema.ts';
import { countryIdOf, type Cast, type CastPlace, type Participant } from './cast.ts';
import { calendarDay } from './days.ts';
import { CURRENCY_PAIRS, PHRASEBOOKS, type CorpusLanguage, type Phrasebook } from './phrasebook.ts';
import type { CorpusEvent } from './plan-events.ts';
import type { SeededRandom } from './seeded-random.ts';

/** Page shapes seen in real input: wire copy with a rates header, a news portal, a ministry page, a blog, Markdown. */
const LAYOUTS = ['wire', 'portal', 'official', 'blog', 'markdown'] as const;
type Layout = (typeof LAYOUTS)[number];

export interface RenderRequest {
  event: CorpusEvent;
  language: CorpusLanguage;
  outlet: Phrasebook['outlets'][number];
  /** Numbers the article in the corpus: unique, so URLs are. */
  serial: number;
  publishedDay: number;
  cast: Cast;
  topics: readonly Topic[];
}

export interface RenderedArticle {
  extension: 'txt' | 'md';
  content: string;
  title: string;
  url: string;
  publishedAt: string;
  /** The sentence stating the event (who, with whom, where, when), as it stands in the content. */
  eventSentence: string;
}

const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function topicName(topic: Topic, language: CorpusLanguage): string {
  return topic.names[language]?.[0] ?? topic.names.en[0]!;
}

function renderParticipant(participant: Participant, language: CorpusLanguage, book: Phrasebook, random: SeededRandom): string {
  const titles = participant.titles[language];
  const title = random.chance(0.8) ? titles[0]! : random.pick(titles);
  const name = participant.names[language];
  if (participant.serves.kind === 'organization')
    return book.organizationParticipant({ acronym: participant.serves.acronyms[language], title, name });
  const { country } = participant.serves;
  const forms = book.participantForms
    .map((form) => form({ country: country.names[language], adjective: country.adjectives[language], title, name }))
    .filter((form): form is string => form !== undefined);
  return random.pick(forms);
}

/** "on Thursday", "today", "10 травня", "on 21 May 2024": how far the event lies before publication decides. */
function renderWhen(eventDay: number, publishedDay: number, book: Phrasebook, random: SeededRandom): string {
  const event = calendarDay(eventDay);
  const gap = publishedDay - eventDay;
  if (gap === 0 && random.chance(0.6)) return book.today;
  if (gap > 0 && gap < 7 && random.chance(0.6)) return book.weekdays[event.weekday]!;
  return book.dayInText(event.day, book.months[event.month]!, gap > 6 && random.chance(0.5) ? event.year : undefined);
}

function clockTime(random: SeededRandom): string {
  return `${String(random.int(7, 22)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
}

function currencyLines(random: SeededRandom): string[] {
  const [base, ...quoted] = random.sample(CURRENCY_PAIRS, 5);
  const rate = () => (random.next() * 500 + 1).toFixed(2);
  return [
    `${quoted[0]}/${base} ${rate()} ${quoted[1]}/${base} ${rate()}`,
    '',
    `${quoted[2]}/${base} ${rate()} ${quoted[3]}/${base} ${rate()}`,
  ];
}

function relatedHeadlines(request: RenderRequest, book: Phrasebook, random: SeededRandom): string[] {
  const { cast, language, topics } = request;
  const headlines = random.sample(book.clutter.neutralHeadlines, 2);
  for (let count = random.int(1, 2); count > 0; count -= 1) {
    const [countryA, countryB] = random.sample(cast.countries, 2);
    headlines.splice(
      random.int(0, headlines.length),
      0,
      book.clutter.relatedHeadline({
        countryA: countryA!.names[language],
        countryB: countryB!.names[language],
        topic: topicName(random.pick(topics), language),
      }),
    );
  }
  return headlines;
}

function bodySentences(request: RenderRequest, book: Phrasebook, random: SeededRandom): { eventSentence: string; rest: string[] } {
  const { event, language } = request;
  const participants = event.participants.map((participant) => renderParticipant(participant, language, book, random));
  const frame = random.pick(book.eventFrames[event.kind]);
  const eventSentence = capitalize(
    frame({ participants, place: event.place?.names[language], when: renderWhen(event.day, request.publishedDay, book, random) }),
  );
  const rest = [book.topicsSentence(event.topics.map((topic) => topicName(topic, language)))];
  for (const agreement of event.agreements) rest.push(book.agreementSentence(agreement.kind, topicName(agreement.topic, language)));
  if (random.chance(0.6)) rest.push(book.quoteSentence(random.pick(event.participants).surnames[language], random.pick(book.quotes)));
  rest.push(...random.sample(book.fillers, random.int(1, 2)));
  return { eventSentence, rest };
}

function renderTitle(request: RenderRequest, book: Phrasebook, random: SeededRandom): string {
  const { event, language } = request;
  const countries = [
    ...new Set(
      event.participants.map((participant) =>
        participant.serves.kind === 'country' ? participant.serves.country.names[language] : participant.serves.acronyms[language],
      ),
    ),
  ];
  return random.pick(book.titles)({
    countries,
    surnames: event.participants.map((participant) => participant.surnames[language]),
    place: event.place?.names[language],
    topic: topicName(event.topics[0]!, language),
  });
}

/** Where the story is filed from: the event's city, or for a call the capital of the lead's country. */
function homeCity(request: RenderRequest): CastPlace | undefined {
  if (request.event.place !== undefined) return request.event.place;
  const countryId = countryIdOf(request.event.participants[0]!);
  return countryId === undefined ? undefined : request.cast.citiesByCountry.get(countryId)?.[0];
}

function weatherLine(request: RenderRequest, random: SeededRandom): string {
  const city = homeCity(request);
  const capital = city === undefined ? undefined : (request.cast.citiesByCountry.get(city.countryId)?.[0] ?? city);
  const low = random.int(-20, 30);
  const high = low + random.int(1, 8);
  const signed = (degrees: number) => (degrees < 0 ? String(degrees) : `+${degrees}`);
  return capital === undefined ? '' : `${capital.names[request.language]}${signed(low)}${signed(high)}℃`;
}

function layOut(
  layout: Layout,
  request: RenderRequest,
  parts: { title: string; eventSentence: string; rest: string[]; url: string; publishedAt: string },
  book: Phrasebook,
  random: SeededRandom,
): string {
  const { language, outlet } = request;
  const published = calendarDay(request.publishedDay);
  const dateLine = (withTime: boolean) =>
    book.dateLine(published.day, book.months[published.month]!, published.year, withTime ? clockTime(random) : undefined);
  const related = relatedHeadlines(request, book, random);
  const { clutter } = book;
  const filedFrom = homeCity(request);
  switch (layout) {
    case 'wire':
      return [
        ` date ${parts.publishedAt} Go to the main site`,
        `    ${clutter.currencyHeading}`,
        ...currencyLines(random).map((line) => (line === '' ? '' : `    ${line}`)),
        clutter.weatherHeading,
        weatherLine(request, random),
        `  • ${clutter.languageSwitch}`,
        `    • ${clutter.menu.join('\n      ')}`,
        '',
        `    ${parts.title}`,
        '',
        `    ${dateLine(true)}`,
        '',
        `    ${filedFrom === undefined ? '' : book.dateline(filedFrom.names[language], outlet.name)}${parts.eventSentence}`,
        '',
        ...parts.rest.flatMap((sentence) => [`    ${sentence}`, '']),
        `    ${clutter.author}`,
        '',
        `    ${random.pick(request.cast.invented).names[language]}`,
        '',
        `    ${clutter.relatedHeading}`,
        ...related.map((headline) => `    ${headline}`),
        `    ${clutter.popularHeading}`,
        ...random.sample(clutter.neutralHeadlines, 3).map((headline, index) => `    ${index + 1} ${headline}`),
      ].join('\n');
    case 'portal':
      return [
        parts.title,
        '',
        dateLine(true),
        clutter.languageSwitch,
        '',
        parts.eventSentence,
        '',
        parts.rest[0],
        '',
        `${clutter.readAlso} ${related[0]}`,
        '',
        ...parts.rest.slice(1).flatMap((sentence) => [sentence, '']),
        `${clutter.readAlso} ${related[1]}`,
      ].join('\n');
    case 'official':
      return [
        clutter.menu.join(' '),
        '',
        parts.title,
        '',
        dateLine(false),
        '',
        '',
        parts.eventSentence,
        '',
        ...parts.rest.flatMap((sentence) => [sentence, '']),
        '',
        random.pick(clutter.footers),
        '',
        '',
        random.pick(clutter.footers),
      ].join('\n');
    case 'blog':
      return [
        parts.title,
        '',
        `${parts.title}: `,
        '',
        dateLine(false),
        '',
        `${parts.eventSentence} ${parts.rest[0]}`,
        '',
        `${clutter.readAlso} `,
        '',
        ...parts.rest.slice(1).flatMap((sentence) => [sentence, '']),
        '',
        clutter.relatedHeading,
        '',
        ...related,
        '',
        random.pick(clutter.footers),
      ].join('\n');
    case 'markdown':
      return [
        '---',
        `title: ${JSON.stringify(parts.title)}`,
        `url: ${parts.url}`,
        `publisher: ${JSON.stringify(outlet.name)}`,
        `publishedAt: ${parts.publishedAt}`,
        `language: ${language}`,
        '---',
        '',
        `# ${parts.title}`,
        '',
        `*${dateLine(true)}*`,
        '',
        `${parts.eventSentence} ${parts.rest[0]}`,
        '',
        ...parts.rest.slice(1).flatMap((sentence) => [sentence, '']),
        `## ${clutter.relatedHeading}`,
        '',
        ...related.map((headline) => `- [${headline}](https://${outlet.domain}/${outlet.section}/${random.int(10000, 99999)})`),
      ].join('\n');
  }
}

/** One article about one event, in one language and outlet, with the page clutter of its layout. */
export function renderArticle(request: RenderRequest, random: SeededRandom): RenderedArticle {
  const book = PHRASEBOOKS[request.language];
  const published = calendarDay(request.publishedDay);
  const layout = random.chance(0.2) ? 'markdown' : random.pick(LAYOUTS.filter((candidate) => candidate !== 'markdown'));
  const url = `https://${request.outlet.domain}/${request.outlet.section}/${published.iso.slice(0, 4)}/${published.iso.slice(5, 7)}/${String(request.serial).padStart(6, '0')}-${request.event.kind.replace('_', '-')}`;
  const title = renderTitle(request, book, random);
  const { eventSentence, rest } = bodySentences(request, book, random);
  const content = `${layOut(layout, request, { title, eventSentence, rest, url, publishedAt: published.iso }, book, random)}\n`;
  return { extension: layout === 'markdown' ? 'md' : 'txt', content, title, url, publishedAt: published.iso, eventSentence };
}
