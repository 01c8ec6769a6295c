/**
 * One sentence seen by the event stage: which persons, countries, organizations and places it names,
 * in which role, and its dates and topics. Roles matter more than names here: "Kazakhstan's" in
 * "Kazakhstan's Defense Minister Nurlan Yermekbayev" describes a person, "to Kazakhstan" is where a
 * visit went, and only "Turkey and Kazakhstan discussed ..." makes the countries actors.
 */
import type { ArticleSentence, DateMention, PreparedArticle } from '../document/prepared-article.ts';
import type { EntityAnalysis, EntityMention } from '../entities/entity-analysis.ts';
import type { TopicMatcher } from '../../knowledge/topic-matcher.ts';
import { COMMON_LETTERS, IN_COMMON_SCRIPTS } from '../entities/common-script-classes.ts';
import type { EventLexicon } from './event-lexicon.ts';
import type { PhraseHit } from './phrase-matcher.ts';

export interface PlaceMention {
  readonly placeId: string;
  readonly start: number;
  /** Introduced by a preposition of place ("in Astana", "в Анкаре"), so it says where something happened. */
  readonly located: boolean;
  /** The residence the sentence names, when the place is only its seat ("Ақордада": Astana). */
  readonly seatOf?: string;
}

export interface SentenceFacts {
  readonly index: number;
  readonly sentence: ArticleSentence;
  /** Persons named in the sentence, in order of first mention. */
  readonly persons: readonly string[];
  /**
   * Persons who only report what the sentence tells ("Peskov said that Putin met Tokayev"): named before a
   * reporting verb whose report names an encounter of its own (two persons or acting countries). They are
   * left out of \`persons\`.
   */
  readonly reporters: readonly string[];
  /** Countries acting in the sentence: not a person's description, not where something happened or went. */
  readonly actorCountries: readonly string[];
  /** Every country the sentence names, in any role. */
  readonly countries: readonly string[];
  /** Countries a visit goes to: "a visit to Kazakhstan", "визит в Казахстан". */
  readonly destinationCountries: readonly string[];
  /**
   * An arrival the sentence reports by a verb after a destination in the dative ("Жиенбеков Астанаға
   * келді", Jeenbekov came to Astana; "Астанаға келген … Чжан Минмен кездесті", met Zhang Ming, who came
   * to Astana): where the verb is, relative to the sentence, and the place arrived at.
   */
  readonly arrival?: { readonly start: number; readonly end: number; readonly text: string; readonly placeId?: string };
  readonly organizations: readonly string[];
  readonly places: readonly PlaceMention[];
  /** Read on first use: date parsing is the costliest step, and most sentences never need it. */
  readonly dates: readonly DateMention[];
  readonly topics: readonly string[];
  readonly mentions: readonly EntityMention[];
}

const ACTOR_FORMS: ReadonlySet<EntityMention['form']> = new Set(['name', 'acronym', 'capital-metonym']);
/** How much text before a name is read for the words in front of it (a citation, a preposition and an adjective). */
const WORDS_BEFORE_WINDOW = 40;
const LOCAL_WINDOW = 24;

/** A place name, or one with the Kazakh linking vowel a name ending in two consonants takes before an ending ("Минскі-де"). */
function isNameOrLinked(names: readonly string[], stem: string): boolean {
  return names.includes(stem) || (/[іы]$/u.test(stem) && names.includes(stem.slice(0, -1)));
}

/**
 * "в столице Узбекистана", "in the capital of Kazakhstan", "in the capital Baku": the capital word, after a place
 * preposition, right before the country or city. The preposition is asked for, as "Tashkent, capital of Uzbekistan" only names the city.
 */
function capitalWordBefore(text: string, mention: EntityMention, lexicon: EventLexicon): boolean {
  const from = Math.max(0, mention.start - LOCAL_WINDOW);
  const before = text.slice(from, mention.start);
  const hit = lexicon.capitalWords.find(before).at(-1);
  if (hit === undefined || before.slice(hit.end).trim() !== '') return false;
  const preposition = wordBefore(text, from + hit.start, lexicon.placeArticles);
  return preposition !== undefined && lexicon.placePrepositions.has(preposition);
}

const DISCUSSION_END = /[;:()«»"“”]|\s[–—-]\s/u;

/**
 * "Президенти детально обговорили зусилля України, США, Європи …", "Политики обсудили ход войны РФ против Украины":
 * a country after a verb of discussion in its clause is what was discussed, unless a preposition makes it a side
 * ("обсудили с Турцией", "discussed with Turkey").
 */
function discussedAfterVerb(sentence: ArticleSentence, text: string, lexicon: EventLexicon): (mention: EntityMention) => boolean {
  // Scanned for the first country asked about: most sentences name none.
  let verbs: readonly PhraseHit[] | undefined;
  return (mention) => {
    verbs ??= lexicon.eventStatus.find(sentence.text).filter((cue) => cue.group === 'topic');
    if (verbs.length === 0) return false;
    const at = mention.start - sentence.start;
    // What was discussed may be a list: only a break stronger than a comma ends it.
    if (!verbs.some((verb) => verb.end <= at && !DISCUSSION_END.test(sentence.text.slice(verb.end, at)))) return false;
    const before = wordBefore(text, mention.start);
    return before === undefined || !lexicon.sidePrepositions.has(before);
  };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/**
 * The last word of a stretch of text, when only a stop and spaces follow it. The match can only start where
 * a word starts, which changes nothing (the leftmost match always starts there, as a start inside the word
 * could move back to it) but spares the engine trying every letter inside every word: the same matches on
 * all 156,000 24-character windows of the sample, seed and dev-split articles, in about half the time
 * (1.5 instead of 2.9 µs a window).
 */
const LAST_WORD = /(?<!\p{L})([\p{L}]+)\.?\s+$/u;
/** The same, for a stretch of Latin and Cyrillic text (common-script-classes.ts), which V8 matches faster. */
const COMMON_LAST_WORD = new RegExp(`(?<![${COMMON_LETTERS}])([${COMMON_LETTERS}]+)\\.?\\s+$`);

/**
 * The word right before a mention, lower case ("in", "в", "до"), when only spaces separate them; past an
 * article of \`skip\` ("in the Kremlin", "at the White House") the word before that.
 */
function wordBefore(text: string, start: number, skip: ReadonlySet<string> = NO_WORDS): string | undefined {
  const from = Math.max(0, start - LOCAL_WINDOW);
  const window = text.slice(from, start);
  const match = (IN_COMMON_SCRIPTS.test(window) ? COMMON_LAST_WORD : LAST_WORD).exec(window);
  const word = match?.[1]?.toLowerCase();
  return word !== undefined && skip.has(word) ? wordBefore(text, from + match!.index) : word;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** The capital of a country, for "the Kyrgyz capital". */
export type CapitalOf = (countryId: string) => string | undefined;

/** An arrival verb right after a destination in the dative ("Астанаға келді"), relative to the sentence. */
function arrivalIn(
  sentence: ArticleSentence,
  mentions: readonly EntityMention[],
  lexicon: EventLexicon,
  text: string,
  isDestination: (mention: EntityMention) => boolean,
): SentenceFacts['arrival'] {
  for (const hit of lexicon.arrivalVerbs.find(sentence.text)) {
    const verbStart = sentence.start + hit.start;
    const before = mentions.find(
      (mention) =>
        (mention.kind === 'place' || mention.kind === 'country') &&
        mention.end <= verbStart &&
        text.slice(mention.end, verbStart).trim() === '',
    );
    if (before !== undefined && isDestination(before)) {
      return { start: hit.start, end: hit.end, text: hit.text, ...(before.kind === 'place' ? { placeId: before.entityId } : {}) };
    }
  }
  return undefined;
}

/** A place's names in every language, lower case (for telling "Анкарада" from a name ending in -да). */
export type PlaceNames = (placeId: string) => readonly string[];

/**
 * The city an encounter "in" a building took place in: a landmark's city ("в Кремле", Moscow) or the seat
 * of a residence the base keeps as an organization ("в Акорде", "Ақордада", Astana); undefined for any
 * other entity, a place being its own site.
 */
export type SiteOf = (entityId: string) => string | undefined;

/** The country a known place lies in (a capital's country too). */
export type PlaceCountry = (placeId: string) => string | undefined;

export function describeSentences(
  article: PreparedArticle,
  entities: EntityAnalysis,
  lexicon: EventLexicon,
  matchTopics: TopicMatcher,
  capitalOf: CapitalOf = () => undefined,
  placeNames: PlaceNames = () => [],
  siteOf: SiteOf = () => undefined,
  placeCountry: PlaceCountry = () => undefined,
): SentenceFacts[] {
  const text = article.metadata.text;
  const bySentence = new Map<number, EntityMention[]>();
  for (const mention of entities.mentions) {
    const list = bySentence.get(mention.sentenceIndex) ?? [];
    list.push(mention);
    bySentence.set(mention.sentenceIndex, list);
  }
  return article.sentences.map((sentence, index) => {
    const mentions = bySentence.get(index) ?? [];
    // A cited source ("со ссылкой на Акорду") is asked about only when the words around it would place the encounter.
    const located = (mention: EntityMention): boolean =>
      placedByWords(text, mention, lexicon, placeNames) && !citedSource(text, mention.start, lexicon);
    const countryMentions = mentions.filter((mention) => mention.kind === 'country');
    const after = (mention: EntityMention): string => text.slice(mention.end, Math.min(text.length, mention.end + LOCAL_WINDOW));
    const nextWord = (mention: EntityMention, matcher: EventLexicon['capitalWords']): boolean => {
      const hit = matcher.find(after(mention))[0];
      return hit !== undefined && after(mention).slice(0, hit.start).trim() === '';
    };
    const capitalPlaces = countryMentions
      .filter(
        (mention) =>
          mention.describesPersonId === undefined && (nextWord(mention, lexicon.capitalWords) || capitalWordBefore(text, mention, lexicon)),
      )
      .flatMap((mention) => {
        const placeId = capitalOf(mention.entityId);
        return placeId === undefined ? [] : [{ placeId, start: mention.start, located: true }];
      });
    // "Астанаға": a name of the place or country plus a dative ending, as "Анкарада" is plus a locative one.
    const inDative = (mention: EntityMention): boolean => {
      const surface = text.slice(mention.start, mention.end).toLowerCase();
      const names = placeNames(mention.entityId);
      return lexicon.destinationCaseEndings.some(
        (ending) => surface.endsWith(ending) && isNameOrLinked(names, surface.slice(0, -ending.length)),
      );
    };
    const destination = (mention: EntityMention): boolean => {
      const word = wordBefore(text, mention.start);
      return (word !== undefined && lexicon.destinationPrepositions.has(word)) || inDative(mention);
    };
    const arrival = arrivalIn(sentence, mentions, lexicon, text, (mention) => mention.describesPersonId === undefined && inDative(mention));
    // "в Чолпан-Ате (Киргизия)", "Aktau, Kazakhstan": the country says where the place is, and does not act.
    const namesPlaceCountry = (mention: EntityMention): boolean =>
      mentions.some(
        (place) =>
          place.kind === 'place' &&
          place.end <= mention.start &&
          /^\s*[(,]\s*$/u.test(text.slice(place.end, mention.start)) &&
          placeCountry(place.entityId) === mention.entityId,
      );
    const discussed = discussedAfterVerb(sentence, text, lexicon);
    const actorCountries = countryMentions.filter((mention) => {
      if (mention.describesPersonId !== undefined || located(mention) || namesPlaceCountry(mention)) return false;
      if (discussed(mention)) return false;
      if (capitalPlaces.some((place) => place.start === mention.start)) return false;
      if (ACTOR_FORMS.has(mention.form)) return true;
      // "the Turkish delegation", "казахстанская сторона": an adjective that stands for the country's side.
      return nextWord(mention, lexicon.delegationWords);
    });
    const reporters = reportersOf(sentence, mentions, actorCountries, lexicon);
    let dates: DateMention[] | undefined;
    return {
      index,
      sentence,
      get dates() {
        dates ??= article.findDates(sentence);
        return dates;
      },
      persons: unique(
        mentions.filter((mention) => mention.kind === 'person' && !reporters.includes(mention.entityId)).map((mention) => mention.entityId),
      ),
      reporters,
      actorCountries: unique(actorCountries.map((mention) => mention.entityId)),
      countries: unique(countryMentions.map((mention) => mention.entityId)),
      ...(arrival ? { arrival } : {}),
      destinationCountries: unique(
        countryMentions
          .filter((mention) => mention.describesPersonId === undefined && destination(mention))
          .map((mention) => mention.entityId),
      ),
      organizations: unique(mentions.filter((mention) => mention.kind === 'organization').map((mention) => mention.entityId)),
      places: [
        ...mentions
          .filter((mention) => mention.kind === 'place')
          .map((mention) => {
            // "в Кремле" is Moscow; "представитель Кремля" stays the Kremlin.
            const isLocated = mention.titleHost !== true && located(mention);
            const placeId = (isLocated ? siteOf(mention.entityId) : undefined) ?? mention.entityId;
            return { placeId, start: mention.start, located: isLocated };
          }),
        // "Akorda reports" is its press service speaking; only "in Akorda" puts the encounter in its city.
        ...mentions
          .filter((mention) => mention.kind === 'organization' && located(mention))
          .flatMap((mention) => {
            const placeId = siteOf(mention.entityId);
            return placeId === undefined ? [] : [{ placeId, start: mention.start, located: true, seatOf: mention.entityId }];
          }),
        ...capitalPlaces,
      ].sort((a, b) => a.start - b.start),
      topics: unique(matchTopics(sentence.text).map((hit) => hit.topicId)),
      mentions,
    };
  });
}

/** The persons named only before a reporting verb whose report tells an encounter of its own. */
function reportersOf(
  sentence: ArticleSentence,
  mentions: readonly EntityMention[],
  actorCountries: readonly EntityMention[],
  lexicon: EventLexicon,
): string[] {
  const report = lexicon.reportedSpeech.find(sentence.text)[0];
  if (report === undefined) return [];
  const reportStart = sentence.start + report.start;
  const reportEnd = sentence.start + report.end;
  const persons = mentions.filter((mention) => mention.kind === 'person');
  const reported = new Set([
    ...persons.filter((mention) => mention.start >= reportEnd).map((mention) => mention.entityId),
    ...actorCountries.filter((mention) => mention.start >= reportEnd).map((mention) => mention.entityId),
  ]);
  // "Tokayev said that the talks with Putin were useful": with one side in the report, the speaker is the other.
  if (reported.size < 2) return [];
  return unique(
    persons.filter((mention) => mention.start < reportStart && !reported.has(mention.entityId)).map((mention) => mention.entityId),
  );
}

/** Whether the words around a mention put an encounter in it: a preposition of place, one and an adjective of place, a follower, a locative ending. */
function placedByWords(text: string, mention: EntityMention, lexicon: EventLexicon, placeNames: PlaceNames): boolean {
  const word = wordBefore(text, mention.start, lexicon.placeArticles);
  if (word !== undefined && lexicon.placePrepositions.has(word)) return true;
  if (afterPlaceAdjective(text, mention.start, lexicon)) return true;
  // "held talks in the capital Baku": the capital word stands between the preposition and the city.
  if (capitalWordBefore(text, mention, lexicon)) return true;
  const following = /^\s+(\p{L}+)/u.exec(text.slice(mention.end, mention.end + 40))?.[1]?.toLowerCase();
  if (following !== undefined && lexicon.placeFollowers.has(following)) return true;
  // "Анкарада": a name of the place plus a locative ending (Қызылорда itself ends in -да, and is no locative).
  const surface = text.slice(mention.start, mention.end).toLowerCase();
  const ending = lexicon.placeCaseEndings.find((candidate) => surface.endsWith(candidate));
  return ending !== undefined && isNameOrLinked(placeNames(mention.entityId), surface.slice(0, -ending.length));
}

/** Whether the name at `start` is cited as a report's source ("со ссылкой на Акорду", "according to the Akorda"). */
function citedSource(text: string, start: number, lexicon: EventLexicon): boolean {
  const words = text
    .slice(Math.max(0, start - WORDS_BEFORE_WINDOW), start)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);
  if (words.length > 0 && lexicon.placeArticles.has(words.at(-1)!)) words.pop();
  const before = ` ${words.join(' ')}`;
  return lexicon.citationLeads.some((lead) => before.endsWith(` ${lead}`));
}

/** A Russian or Ukrainian adjective of place in the locative: "казахстанском", "швейцарському", "турецком". */
const PLACE_ADJECTIVE_LOCATIVE = /(?:ск|цк|ськ|цьк)(?:ом|ому)$/u;

/**
 * The last two words of a stretch of text, when only spaces stand between and after them. As LAST_WORD, the
 * match only starts where a word starts, which changes nothing (the leftmost match starts there) but spares
 * the engine trying every letter of every word; the same groups on all 241,882 40-character windows before a
 * letter in the fixture, real, sample and seed articles, in a third of the time (a fifth in common scripts).
 */
const LAST_TWO_WORDS = /(?<!\p{L})(\p{L}+)\s+(\p{L}+)\s+$/u;
/** The same, for a stretch of Latin and Cyrillic text (common-script-classes.ts), which V8 matches faster. */
const COMMON_LAST_TWO_WORDS = new RegExp(`(?<![${COMMON_LETTERS}])([${COMMON_LETTERS}]+)\\s+([${COMMON_LETTERS}]+)\\s+$`);

/** "в казахстанском Шымкенте", "у швейцарському Давосі": a preposition of place, then an adjective of place, then the name. */
function afterPlaceAdjective(text: string, start: number, lexicon: EventLexicon): boolean {
  const window = text.slice(Math.max(0, start - WORDS_BEFORE_WINDOW), start);
  const words = (IN_COMMON_SCRIPTS.test(window) ? COMMON_LAST_TWO_WORDS : LAST_TWO_WORDS).exec(window);
  if (words === null) return false;
  const [, preposition, adjective] = words;
  return PLACE_ADJECTIVE_LOCATIVE.test(adjective!.toLowerCase()) && lexicon.placePrepositions.has(preposition!.toLowerCase());
}
