import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { buildCast } from './cast.ts';
import { calendarDay } from './days.ts';
import { CORPUS_LANGUAGES, PHRASEBOOKS, type CorpusLanguage, type EventKind } from './phrasebook.ts';
import { planEvent, type CorpusEvent } from './plan-events.ts';
import { renderArticle } from './render-article.ts';
import { seededRandom, type SeededRandom } from './seeded-random.ts';

export interface CorpusOptions {
  count: number;
  /** Any integer; the same seed, count and knowledge base give byte-identical articles. */
  seed: number;
  knowledge: KnowledgeBase;
  /** Share of articles that report an event another article of the corpus reported already (default 0.25). */
  repeatShare?: number;
}

/** What an article states, for benchmarks that compare extraction with the truth. */
export interface ArticleFacts {
  eventId: string;
  kind: EventKind;
  date: string;
  placeId: string | undefined;
  /** The place's name in the article's language. */
  placeName: string | undefined;
  participantIds: string[];
  /** The participants' names in the article's language, in the order of participantIds. */
  participantNames: string[];
  topicIds: string[];
  agreements: Array<{ kind: string; topicId: string }>;
}

export interface GeneratedArticle {
  /** Unique in the corpus: "0042_3f9c0a1b2d4e5f60.txt" (.md for Markdown with YAML front matter). */
  fileName: string;
  content: string;
  language: CorpusLanguage;
  url: string;
  publisher: string;
  publishedAt: string;
  title: string;
  /** The sentence of the content that states the event. */
  eventSentence: string;
  /** True when an earlier article of the corpus reported the same event (same participants, day and place). */
  repeatsEarlierReport: boolean;
  facts: ArticleFacts;
}

const LANGUAGE_WEIGHTS: ReadonlyArray<[CorpusLanguage, number]> = [
  ['en', 0.45],
  ['ru', 0.3],
  ['uk', 0.25],
];

/** Days between an event and its report: mostly the same or the next days, sometimes a week later. */
const PUBLICATION_DELAYS = [0, 0, 1, 1, 1, 2, 3, 5, 9];

function pickLanguage(random: SeededRandom, avoid: ReadonlySet<CorpusLanguage>): CorpusLanguage {
  const open = LANGUAGE_WEIGHTS.filter(([language]) => !avoid.has(language));
  const choices = open.length > 0 ? open : LANGUAGE_WEIGHTS;
  let roll = random.next() * choices.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [language, weight] of choices) {
    roll -= weight;
    if (roll < 0) return language;
  }
  return choices.at(-1)![0];
}

/**
 * Yields `count` synthetic news articles about diplomatic encounters, built from the knowledge base:
 * known officials on days they were in office, invented officials with the base's titles, cities of the
 * base, topics, agreements, in English, Russian and Ukrainian, on pages cluttered like real ones. Some
 * articles report an event an earlier article reported, in another language or outlet, so a loader has
 * to merge them. Deterministic: no clock, no Math.random.
 */
export function* corpusArticles(options: CorpusOptions): Generator<GeneratedArticle> {
  const { count, seed, knowledge, repeatShare = 0.25 } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number of articles, 0 or more (got ${count})`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer (got ${seed})`);
  const random = seededRandom(seed);
  const cast = buildCast(knowledge, random, Math.min(400, Math.max(40, Math.ceil(count / 5))));
  const events: CorpusEvent[] = [];
  const reportedIn = new Map<string, { languages: Set<CorpusLanguage>; outlets: Set<string> }>();
  const width = Math.max(4, String(Math.max(0, count - 1)).length);

  for (let index = 0; index < count; index += 1) {
    const repeat = events.length > 0 && random.chance(repeatShare);
    const event = repeat ? random.pick(events) : planEvent(cast, knowledge.topics, random, events.length + 1);
    if (!repeat) {
      events.push(event);
      reportedIn.set(event.id, { languages: new Set(), outlets: new Set() });
    }
    const reports = reportedIn.get(event.id)!;
    const language = pickLanguage(random, reports.languages);
    const outlets = PHRASEBOOKS[language].outlets;
    const freshOutlets = outlets.filter((outlet) => !reports.outlets.has(outlet.domain));
    const outlet = random.pick(freshOutlets.length > 0 ? freshOutlets : outlets);
    reports.languages.add(language);
    reports.outlets.add(outlet.domain);

    const rendered = renderArticle(
      {
        event,
        language,
        outlet,
        serial: index + 1,
        publishedDay: event.day + random.pick(PUBLICATION_DELAYS),
        cast,
        topics: knowledge.topics,
      },
      random,
    );
    yield {
      fileName: `${String(index).padStart(width, '0')}_${random.hex16()}.${rendered.extension}`,
      content: rendered.content,
      language,
      url: rendered.url,
      publisher: outlet.name,
      publishedAt: rendered.publishedAt,
      title: rendered.title,
      eventSentence: rendered.eventSentence,
      repeatsEarlierReport: repeat,
      facts: {
        eventId: event.id,
        kind: event.kind,
        date: calendarDay(event.day).iso,
        placeId: event.place?.id,
        placeName: event.place?.names[language],
        participantIds: event.participants.map((participant) => participant.id),
        participantNames: event.participants.map((participant) => participant.names[language]),
        topicIds: event.topics.map((topic) => topic.id),
        agreements: event.agreements.map((agreement) => ({ kind: agreement.kind, topicId: agreement.topic.id })),
      },
    };
  }
}

/** All articles of corpusArticles at once. */
export function generateCorpus(options: CorpusOptions): GeneratedArticle[] {
  return [...corpusArticles(options)];
}

export { CORPUS_LANGUAGES };
