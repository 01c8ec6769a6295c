/**
 * Events from sentences: each sentence with an event word is a candidate (its kind, persons, acting
 * countries, date, place, topics); candidates that describe the same encounter become one event. The
 * merging rules are in README.md beside this file.
 */
import type { Cue, EventKind, EventStatus, ExtractedEvent, PartialDate } from '../contract/extraction-result.ts';
import type { DateMention } from '../document/prepared-article.ts';
import type { DatelinePlace } from './dateline-place.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { classifyEventHits, clausesOf, type KindHit, sentenceEvent } from './event-status.ts';
import type { SentenceFacts } from './sentence-facts.ts';
import { counterpartsListedByCountry, countriesListedAsCounterparts } from './country-listed-counterparts.ts';
import { withoutReportDates } from './report-dates.ts';
import { unnamedHeadOfStateCountry } from './unnamed-head-of-state.ts';

/** What the event stage needs to know of entities beyond the sentence: whom a person serves, where a place is. */
export interface EntityCountries {
  countryOf(entityId: string): string | undefined;
  /** The country a person is head of state of in this article, by a title or the base's record. */
  headOfStateOf?(personId: string): string | undefined;
  /** A city (a capital too): what a visit to a country can have taken place in, unlike a region or a sea. */
  isCity?(placeId: string): boolean;
}

/** Organizations that can stand for their members at an encounter ("Heads of state of the OTS met"). */
export interface CollectiveParticipants {
  isCollective(organizationId: string): boolean;
}

/** A quotation: words in quotation marks long enough to be said, not a name ("«Тюркский совет»"). */
const QUOTATION = /«[^«»]{40,}»|“[^“”]{40,}”|"[^"]{40,}"/gu;

/**
 * When a sentence tells an encounter outside a quotation and quotes what someone said, whether an article offset
 * lies inside the quotation: «Биыл 3 қарашада … Ердоған мырзаның сапарын ұйымдастырып …», - деді Нұртілеу … Фиданмен
 * өткен кездесуден кейін: the persons, dates and places of what the speaker said are not those of the meeting after
 * which he said it. Undefined when the sentence has no quotation or tells its encounters only inside it.
 */
function quotationOf(sentence: SentenceFacts, hits: readonly KindHit[]): ((offset: number) => boolean) | undefined {
  const text = sentence.sentence.text;
  if (!text.includes('"') && !text.includes('«') && !text.includes('“')) return undefined;
  const spans = [...text.matchAll(QUOTATION)].map((match) => [match.index, match.index + match[0].length] as const);
  if (spans.length === 0) return undefined;
  const inside = (position: number) => spans.some(([from, to]) => position >= from && position < to);
  if (hits.every((hit) => inside(hit.start))) return undefined;
  return (offset: number) => inside(offset - sentence.sentence.start);
}

/** The persons a sentence names only inside its quotation (see quotationOf). */
function quotedOnly(sentence: SentenceFacts, quoted: ((offset: number) => boolean) | undefined): Set<string> {
  const persons = new Set<string>();
  if (quoted === undefined) return persons;
  for (const person of sentence.persons) {
    const mentions = sentence.mentions.filter((mention) => mention.entityId === person);
    if (mentions.length > 0 && mentions.every((mention) => quoted(mention.start))) persons.add(person);
  }
  return persons;
}

/**
 * The persons a sentence names only after the first event word a verb of discussion governs (a topic of the talk,
 * event-status.ts), when the sentence reports a held encounter besides: they are what was talked about.
 */
function topicPersons(sentence: SentenceFacts, hits: readonly KindHit[]): Set<string> {
  const persons = new Set<string>();
  const topic = hits.find((hit) => hit.reading.startsWith('topic:'));
  if (topic === undefined || !hits.some((hit) => hit.status === 'held' && !hit.reading.startsWith('topic:'))) return persons;
  const from = sentence.sentence.start + topic.start;
  for (const person of sentence.persons) {
    const mentions = sentence.mentions.filter((mention) => mention.entityId === person);
    if (mentions.length > 0 && mentions.every((mention) => mention.start >= from)) persons.add(person);
  }
  return persons;
}

/** How much of a sentence's opening is read for an "earlier" that opens it: the longest marker and a quotation mark. */
const EARLIER_WINDOW = 24;

interface Draft {
  kinds: EventKind[];
  /** Held, planned, cancelled or denied: reports of one encounter agree on it, so a planned visit never absorbs a held meeting. */
  status: EventStatus;
  /** The words and rule of the sentence that opened the encounter. */
  cue: Cue;
  /** One of a subject's side meetings ("also met with A, B and C"): only reports of the same two join it. */
  sideMeeting?: boolean;
  /** The summit a side meeting was held on the sidelines of: where it took place, unless the text says. */
  withinSummit?: Draft;
  /**
   * A gathering told only by taking part in it together ("… президенттерімен … бірге қатысты"): a later report of one
   * of its participants ("Тоқаев … Ыстанбұл қаласына барды") is another fact, not more of it.
   */
  gathering?: boolean;
  /** First told as a side or separate encounter ("на полях", "on the margins", "also met"): held in a host city, maybe no side's. */
  sidelines?: boolean;
  persons: string[];
  countries: string[];
  /** An organization standing for its members: it opens an encounter that persons named later join. */
  collectives: string[];
  /** Countries a visit went to: they host it, unless a person of theirs is named. */
  hosts: string[];
  date?: PartialDate;
  placeId?: string;
  topics: Set<string>;
  sentences: number[];
}

/** The date a sentence gives its event: the most precise stated one; a bare year is too vague for an encounter. */
export function eventDate(dates: readonly DateMention[]): PartialDate | undefined {
  const precise = dates.filter((mention) => mention.date.month !== undefined);
  const withDay = precise.find((mention) => mention.date.day !== undefined);
  return (withDay ?? precise[0])?.date;
}

/** "Жиенбеков Астанаға келді": the arrival verb says a visit happened, as "arrived in" does in English. */
function withArrival(hits: KindHit[], sentence: SentenceFacts): KindHit[] {
  const arrival = sentence.arrival;
  if (arrival === undefined || hits.some((hit) => hit.group === 'visit')) return hits;
  const visit: KindHit = {
    start: arrival.start,
    end: arrival.end,
    text: arrival.text,
    group: 'visit',
    status: 'held',
    explicit: true,
    framed: false,
    reading: 'arrival',
  };
  return [...hits, visit].sort((a, b) => a.start - b.start);
}

/** How close a date must stand to an event word to be that word's date ("visit to Uzbekistan on April 14"). */
const DATE_BESIDE_EVENT_WORD = 30;

/**
 * The dates of a sentence that date its event: a date standing by an event word of another kind belongs to
 * that word ("the talks focused on … the state visit to Uzbekistan on April 14-15" dates the visit, not the
 * talks).
 */
function datesOfEvent(sentence: SentenceFacts, hits: readonly KindHit[], kind: EventKind, lexicon: EventLexicon): readonly DateMention[] {
  const offset = sentence.sentence.start;
  const dates = withoutReportDates(sentence.sentence.text, offset, sentence.dates, hits, lexicon);
  if (hits.length < 2 || dates.length === 0) return dates;
  // "Met", "talks" can name any gathering ("met on Wednesday for the summit"); a visit, summit, signing or
  // call names one of its own.
  const clauses = clausesOf(sentence.sentence.text);
  const namesAnotherEvent = (group: string) => group !== kind && (lexicon.containerKinds.has(group as EventKind) || group === 'phone_call');
  return dates.filter((mention) => {
    const distance = (hit: KindHit) => Math.max(0, hit.start - (mention.end - offset), mention.start - offset - hit.end);
    // A frame ("within the summit") dates what happens inside it too.
    const standingBy = hits.filter(
      (hit) => !hit.framed && distance(hit) <= DATE_BESIDE_EVENT_WORD && clauses.same(hit.start, mention.start - offset),
    );
    if (standingBy.length === 0) return true;
    const nearest = standingBy.reduce((best, hit) => (distance(hit) < distance(best) ? hit : best));
    return !namesAnotherEvent(nearest.group);
  });
}

/**
 * "On the margins of the 2nd Consultative Meeting of the Heads of State …, Nazarbayev held talks with
 * Mirziyoyev": what a meeting is held on the sidelines of is a gathering, whatever word names it.
 */
function onSidelinesOf(hit: KindHit, hits: readonly KindHit[], lexicon: EventLexicon): boolean {
  return hit.frame !== undefined && lexicon.separateEventMarkers.test(hit.frame) && hits.some((other) => !other.framed);
}

/**
 * "During the talks, Tokayev expressed his gratitude to Vladimir Putin for participating in the SCO summit": a
 * gathering only mentioned, with no word that says it took place, by a sentence naming no one new, does not
 * make the meeting of two it adds to into that gathering.
 */
function mentionedGathering(target: Draft, kind: EventKind, explicit: boolean, persons: readonly string[], lexicon: EventLexicon): boolean {
  const bilateral = target.persons.length === 2 && persons.every((person) => target.persons.includes(person));
  return bilateral && !explicit && lexicon.containerKinds.has(kind) && target.kinds.every((seen) => !lexicon.containerKinds.has(seen));
}

function opensWithPronoun(text: string, lexicon: EventLexicon): boolean {
  const first = /^\P{L}*(\p{L}+)/u.exec(text)?.[1];
  return first !== undefined && lexicon.subjectPronouns.has(first.toLowerCase());
}

/**
 * "Глава держави провів зустріч …": the head of state named by title alone, no name after it, as a pronoun is.
 * A capital after the title is a name when a person is named there, not a place ("Мемлекет басшысы Қазақстанға …").
 */
function titleSubject(sentence: SentenceFacts, lexicon: EventLexicon): boolean {
  const { text, start } = sentence.sentence;
  const persons = sentence.mentions.filter((mention) => mention.kind === 'person');
  return lexicon.subjectTitles.find(text).some((hit) => {
    const next = /^\s+\p{Lu}/u.exec(text.slice(hit.end));
    if (next === null) return true;
    const nameAt = start + hit.end + next[0].length - 1;
    // "Мемлекет басшысы Өзбекстан Президенті …": a reference read from the title itself on is no name after it.
    return !persons.some((mention) => start + hit.start < mention.start && mention.start <= nameAt && nameAt < mention.end);
  });
}

/**
 * "Президент принял …", "Президент Түркітілдес … кеңесінің Бас хатшысы … қабылдады": a bare title word opening the
 * sentence, with no name after it, is the head of state the story follows. A capitalized word after it is the title's
 * country ("Президент Туркменистана …") except where the language puts the country first (`countryBefore`), and a
 * name after it is the person.
 */
function openingTitleSubject(sentence: SentenceFacts, lexicon: EventLexicon, language: string | undefined): boolean {
  const opening = language === undefined ? undefined : lexicon.openingSubjectTitles.get(language);
  if (opening === undefined) return false;
  const { text, start } = sentence.sentence;
  const words = /^\P{L}*(\p{Lu}\p{L}*)\s+(\p{L})/u.exec(text);
  if (words === null || !opening.titles.has(words[1]!.toLowerCase())) return false;
  const next = words[2]!;
  if (next === next.toLowerCase()) return true;
  const nextAt = start + words[0].length - 1;
  return (
    opening.countryBefore &&
    !sentence.mentions.some((mention) => mention.kind === 'person' && mention.start <= nextAt && nextAt < mention.end)
  );
}

/**
 * "Мемлекет басшысы … Чавушоғлумен онлайн-кездесу өткізді" opening a story, before any encounter: the head of
 * state is the person a later sentence opens with ("Қасым-Жомарт Тоқаев … растады"), one not named here.
 */
function namedLater(facts: readonly SentenceFacts[], index: number, named: readonly string[]): string | undefined {
  for (const later of facts) {
    if (later.index <= index) continue;
    const opening = later.mentions.find(
      (mention) =>
        mention.kind === 'person' &&
        (mention.form === 'name' || mention.form === 'surname') &&
        !/\p{L}/u.test(later.sentence.text.slice(0, mention.start - later.sentence.start)),
    );
    if (opening !== undefined && !named.includes(opening.entityId)) return opening.entityId;
  }
  return undefined;
}

/** The heads of state of exactly two countries the story names, one each; undefined otherwise. */
function storyHeadsOfState(facts: readonly SentenceFacts[], entities: EntityCountries): string[] | undefined {
  if (entities.headOfStateOf === undefined) return undefined;
  const byCountry = new Map<string, Set<string>>();
  for (const person of new Set(facts.flatMap((sentence) => sentence.persons))) {
    const country = entities.headOfStateOf(person);
    if (country !== undefined) byCountry.set(country, (byCountry.get(country) ?? new Set()).add(person));
  }
  const heads = [...byCountry.values()];
  return heads.length === 2 && heads.every((persons) => persons.size === 1) ? heads.map((persons) => [...persons][0]!) : undefined;
}

/** A phone call of two or more named persons: no country takes part in it on its own. */
function personalCall(kinds: readonly EventKind[], persons: readonly string[]): boolean {
  return persons.length >= 2 && kinds.length > 0 && kinds.every((kind) => kind === 'phone_call');
}

function sameDay(a: PartialDate | undefined, b: PartialDate | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return false;
  return !(a.day !== undefined && b.day !== undefined && a.day !== b.day);
}

function precision(date: PartialDate | undefined): number {
  if (date === undefined) return 0;
  return (date.year !== undefined ? 4 : 0) + (date.month !== undefined ? 2 : 0) + (date.day !== undefined ? 1 : 0);
}

function overlap(a: readonly string[], b: readonly string[]): number {
  return a.filter((id) => b.includes(id)).length;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

function appendUnique(target: string[], ids: readonly string[]): void {
  for (const id of ids) if (!target.includes(id)) target.push(id);
}

/** What the article says about itself that dates or places its events. */
export interface ArticleContext {
  /** Where the story was filed: the place of an encounter of that city's country that names none. */
  readonly datelinePlace?: DatelinePlace;
  /** The article's language: some words open a sentence as its subject only in one language. */
  readonly language?: string;
}

export function buildEvents(
  facts: readonly SentenceFacts[],
  lexicon: EventLexicon,
  entities: EntityCountries & Partial<CollectiveParticipants>,
  article: ArticleContext = {},
): ExtractedEvent[] {
  const { datelinePlace, language } = article;
  const untitledHead = unnamedHeadOfStateCountry(facts, lexicon, (person) => entities.countryOf(person));
  const heads = storyHeadsOfState(facts, entities);
  const drafts: Draft[] = [];
  const countriesOf = (draft: Pick<Draft, 'persons' | 'countries'>): string[] => [
    ...draft.countries,
    ...draft.persons.map((person) => entities.countryOf(person)).filter((country): country is string => country !== undefined),
  ];
  // The date a sentence with no event word gives the encounter it adds to or makes, its report dates left out.
  const eventDateOf = (sentence: (typeof facts)[number]): PartialDate | undefined =>
    eventDate(withoutReportDates(sentence.sentence.text, sentence.sentence.start, sentence.dates, [], lexicon));
  const compatible = (draft: Draft, date: PartialDate | undefined, placeId: string | undefined): boolean =>
    sameDay(draft.date, date) && (draft.placeId === undefined || placeId === undefined || draft.placeId === placeId);

  for (const sentence of facts) {
    const hits = withArrival(classifyEventHits(sentence.sentence.text, lexicon), sentence);
    const anaphoric = lexicon.anaphora.test(sentence.sentence.text);
    const quoted = hits.length === 0 ? undefined : quotationOf(sentence, hits);
    const located = sentence.places.find((place) => place.located && quoted?.(place.start) !== true);
    const latest = drafts.at(-1);

    if (hits.length === 0) {
      // "Тоқаев шараға Әзербайжан, … президенттерімен және Мажарстан премьер-министрімен бірге қатысты": taking
      // part together with the heads of several countries, in no encounter told yet, is a gathering of them all.
      const company = sentence.actorCountries.filter(
        (country) => !sentence.persons.some((person) => entities.countryOf(person) === country),
      );
      if (
        sentence.persons.length > 0 &&
        sentence.persons.length + company.length >= 3 &&
        lexicon.participation.test(sentence.sentence.text) &&
        lexicon.companionship.test(sentence.sentence.text) &&
        (latest === undefined || overlap(latest.persons, sentence.persons) === 0)
      ) {
        drafts.push({
          kinds: ['meeting'],
          status: 'held',
          cue: { text: lexicon.companionship.find(sentence.sentence.text)[0]!.text, rule: 'participation+companionship' },
          gathering: true,
          persons: [...sentence.persons],
          countries: company,
          collectives: [],
          hosts: [],
          date: eventDateOf(sentence),
          placeId: located?.placeId,
          topics: new Set(sentence.topics),
          sentences: [sentence.index],
        });
        continue;
      }
      if (latest === undefined) continue;
      // "... took part as observers", "attended by ...": more participants of the encounter just described.
      // Either may say where it was ("Putin is in Pavlodar to take part in the forum").
      if (sentence.persons.length > 0 && lexicon.participation.test(sentence.sentence.text)) {
        appendUnique(latest.persons, sentence.persons);
        sentence.topics.forEach((topic) => latest.topics.add(topic));
        latest.sentences.push(sentence.index);
        latest.placeId ??= located?.placeId;
        continue;
      }
      // "The sides stressed ..." / "In the meeting, ..." adds to the encounter just described.
      if (anaphoric && sentence.persons.every((person) => latest.persons.includes(person))) {
        sentence.topics.forEach((topic) => latest.topics.add(topic));
        latest.sentences.push(sentence.index);
        latest.placeId ??= located?.placeId;
        // "Салтанатты рәсім 16 желтоқсанда ... Вашингтонда өткен": a later sentence that says the encounter took
        // place may date it; a date in one that only adds to it is often of something else ("the agreements
        // reached ... on April 14").
        if (lexicon.heldForms.find(sentence.sentence.text).length > 0) latest.date ??= eventDateOf(sentence);
      }
      continue;
    }

    const { kind, status, cue, explicit } = sentenceEvent(hits, lexicon.kindPriority, lexicon.containerKinds);
    const date = eventDate(datesOfEvent(sentence, hits, kind, lexicon).filter((mention) => quoted?.(mention.start) !== true));
    const quotedPersons = quotedOnly(sentence, quoted);
    const unquoted = sentence.persons.filter((person) => !quotedPersons.has(person));
    // "Також вони обговорили підготовку до візиту … Зеленського … та можливі переговори з … Ердоганом": persons named
    // only inside what a held talk was about take no part in it.
    const aboutOnly = topicPersons(sentence, hits);
    const persons = (unquoted.length >= 2 ? unquoted : [...sentence.persons]).filter((person) => !aboutOnly.has(person));
    // "He also met with …": the pronoun is the person the story follows, the first of the latest encounter.
    const titled = titleSubject(sentence, lexicon) || openingTitleSubject(sentence, lexicon, language);
    const pronounSubject =
      opensWithPronoun(sentence.sentence.text, lexicon) || titled
        ? (latest?.persons[0] ?? (titled ? namedLater(facts, sentence.index, persons) : undefined))
        : undefined;
    if (pronounSubject !== undefined && !persons.includes(pronounSubject)) persons.unshift(pronounSubject);
    const countries = sentence.actorCountries.filter((country) => !persons.some((person) => entities.countryOf(person) === country));
    // "Мемлекеттер басшылары … телефон арқылы сөйлескен кезде талқылады", naming no one and no country: the heads of
    // state are the story's two.
    if (persons.length === 0 && countries.length === 0 && heads !== undefined && lexicon.pluralHeadsOfState.test(sentence.sentence.text))
      persons.push(...heads);
    // "Мемлекет басшысы … алғыс айтты" in a story that never names them: their country takes part in their place.
    if (titled && pronounSubject === undefined && untitledHead !== undefined && !countries.includes(untitledHead))
      countries.push(untitledHead);
    // Where a participant arrived is where the encounter of the sentence took place.
    const placeId = located?.placeId ?? sentence.arrival?.placeId ?? (kind === 'visit' ? sentence.places[0]?.placeId : undefined);
    const isContainer = lexicon.containerKinds.has(kind);
    const separate = lexicon.separateEventMarkers.test(sentence.sentence.text);
    const collectives = sentence.organizations.filter((organization) => entities.isCollective?.(organization) === true);
    const hosts = kind === 'visit' || hits.some((hit) => hit.group === 'visit') ? [...sentence.destinationCountries] : [];

    // "Сибіга розпочав перші переговори з Блінкеном, Бербок та …", then "… здійснив низку телефонних переговорів з
    // A, B та C": a series of encounters with the persons an earlier report took as one group encounter is one
    // encounter with each of them, so that group is told again below as the subject's encounters, one each.
    const series = lexicon.pluralMeetings.test(sentence.sentence.text);
    const earlierReport = lexicon.earlierMarkers.find(sentence.sentence.text.slice(0, EARLIER_WINDOW)).some((hit) => hit.start <= 2);
    const seriesSubject = pronounSubject ?? (series ? persons[0] : undefined);
    const regrouped: Draft[] = [];
    if (series && seriesSubject !== undefined && persons.length >= 3 && !isContainer) {
      for (let index = drafts.length - 1; index >= 0; index -= 1) {
        const draft = drafts[index]!;
        if (draft.status !== status || draft.gathering === true || draft.sideMeeting === true) continue;
        if (draft.kinds.some((seen) => lexicon.containerKinds.has(seen)) || draft.persons.length < 3) continue;
        if (!draft.persons.includes(seriesSubject) || !draft.persons.every((person) => persons.includes(person))) continue;
        regrouped.push(draft);
        drafts.splice(index, 1);
      }
    }

    // One article's summit is one gathering: a summit sentence ("The presidents of the five Caspian states met …
    // at the summit", "Orban … also attended the summit") joins the summit already reported, before any meeting
    // held on its sidelines.
    const sameSummit =
      kind === 'summit'
        ? [...drafts]
            .reverse()
            .find((draft) => draft.kinds.includes('summit') && draft.status === status && compatible(draft, date, placeId))
        : undefined;
    // "Nurtleu met with foreign ministers from Spain, Latvia, Luxembourg …", "Nurtleu held meetings with the Foreign
    // Minister of Moldova, the Foreign Minister of Ukraine, and …": a subject's meetings with sides named only by their
    // countries, one each (as when their names are given), each new.
    const countrySeries =
      persons.length === 1 &&
      !isContainer &&
      kind !== 'visit' &&
      (series ? countries.length >= 2 : countriesListedAsCounterparts(sentence, countries, lexicon));
    const target = countrySeries
      ? undefined
      : (sameSummit ??
        [...drafts].reverse().find((draft) => {
          if (regrouped.length > 0 && draft.persons.length >= 2 && persons.length >= 3) return false;
          // "Ранее Зеленский провел переговоры с … Келлогом" after Tokayev's talks with Zelensky: an earlier encounter
          // of other persons is another one.
          if (earlierReport && !sameSet(draft.persons, persons)) return false;
          // "Previously Putin and Tokayev had a meeting on the sidelines of the forum" after their phone call: an
          // earlier encounter of the other mode (in person, by phone) is another one.
          if (earlierReport && explicit && draft.kinds.includes('phone_call') !== (kind === 'phone_call')) return false;
          if (draft.status !== status || !compatible(draft, date, placeId) || draft.gathering === true) return false;
          // Visits to different countries are different journeys ("… arrived in Turkey." … "On 7 October he flew to Britain").
          if (hosts.length > 0 && draft.hosts.length > 0 && !hosts.some((host) => draft.hosts.includes(host))) return false;
          // One of a subject's encounters takes reports of the same two, its reporter among them when he tells of his own
          // ("Сибіга повідомив, що під час розмови з Блінкеном вони обговорили …").
          if (draft.sideMeeting === true)
            return sameSet(draft.persons, persons) || (persons.length > 0 && sameSet(draft.persons, [...persons, ...sentence.reporters]));
          // A side meeting is its own encounter, unless the earlier report was of the very same persons.
          if (separate && !(persons.length > 0 && sameSet(draft.persons, persons))) return false;
          const shared = overlap(draft.persons, persons);
          if (shared >= 2) return true;
          // A vaguer earlier report of the same encounter, all of whose sides this one names ("Foreign Minister of
          // Kazakhstan and Uzbekistan discussed …" in a headline, then both ministers' call).
          if (shared >= 1 && draft.persons.every((person) => persons.includes(person)) && draft.countries.length > 0) {
            const served = countriesOf({ persons, countries });
            if (draft.countries.every((country) => served.includes(country))) return true;
          }
          if (shared >= 1 && (anaphoric || isContainer || draft.kinds.some((seen) => lexicon.containerKinds.has(seen)))) {
            return (
              persons.every((person) => draft.persons.includes(person)) ||
              draft.persons.every((person) => persons.includes(person)) ||
              anaphoric
            );
          }
          if (persons.length === 0) {
            // Countries alone ("Turkey and Kazakhstan discussed ...") are the delegations of an encounter whose persons serve them.
            // A visit's hosts are among them ("Kuleba arrived in Turkey" then "talks began between Ukraine, Turkey and Russia").
            if (countries.length > 0)
              return countries.every((country) => countriesOf(draft).includes(country) || draft.hosts.includes(country));
            return anaphoric && draft === latest;
          }
          if (draft.persons.length === 0 && draft.countries.length > 0) {
            return draft.countries.every((country) => countriesOf({ persons, countries }).includes(country));
          }
          // "Heads of state of the OTS met ..." then "... hosted the summit, attended by ...".
          return draft.persons.length === 0 && draft.countries.length === 0 && draft === latest && (anaphoric || isContainer);
        }));

    if (target !== undefined) {
      if (!mentionedGathering(target, kind, explicit, persons, lexicon)) target.kinds.push(kind);
      appendUnique(target.persons, persons);
      // One of a subject's encounters is of its two: a country a later report of it names is a subject, not a side.
      // A call is between its two persons: a country a later sentence names is what they talked about ("Ердоган
      // підтвердив готовність організувати саміт … з участю України, США, Росії").
      if (target.sideMeeting !== true && !personalCall(target.kinds, target.persons)) appendUnique(target.countries, countries);
      appendUnique(target.collectives, collectives);
      appendUnique(target.hosts, hosts);
      target.countries = target.countries.filter((country) => !target.persons.some((person) => entities.countryOf(person) === country));
      if (precision(date) > precision(target.date)) target.date = date;
      target.placeId ??= placeId;
      sentence.topics.forEach((topic) => target.topics.add(topic));
      target.sentences.push(sentence.index);
      continue;
    }

    // "В Бишкеке состоялось заседание Высшего … совета" names no one yet: a summit said to have taken place
    // waits for the sentence that says who took part; one that never learns it is dropped below.
    const awaitsAttendees = kind === 'summit' && status === 'held' && explicit && persons.length === 0;
    if (persons.length + countries.length + collectives.length + hosts.length === 0 && !awaitsAttendees) continue;
    // "… met … on the sidelines of the summit", "… within the NATO summit": whoever met there attended the
    // summit, in their country's place; a summit first named so is a gathering of those it names.
    const frame =
      kind === 'summit'
        ? undefined
        : hits.find(
            (hit) => hit.status === status && ((hit.group === 'summit' && (separate || hit.framed)) || onSidelinesOf(hit, hits, lexicon)),
          );
    const framingSummit = frame !== undefined;
    let summit = framingSummit
      ? [...drafts].reverse().find((draft) => draft.kinds.includes('summit') && draft.status === status && sameDay(draft.date, date))
      : undefined;
    // "On the sidelines of the meeting, Nurtleu met with …" after the story told that day's meeting of several
    // sides ("participated in the seventh meeting of the heads of foreign affairs agencies in the Central Asia –
    // Russia format"): the meeting framed is that one, not a new summit of the two, and its day is theirs.
    const toldGathering =
      summit === undefined && frame !== undefined && frame.group !== 'summit'
        ? [...drafts]
            .reverse()
            .find((draft) => draft.status === status && sameDay(draft.date, date) && draft.countries.length + draft.collectives.length > 0)
        : undefined;
    if (summit !== undefined) {
      appendUnique(summit.persons, persons);
      summit.countries = summit.countries.filter((country) => !summit!.persons.some((person) => entities.countryOf(person) === country));
    } else if (framingSummit && persons.length >= 2 && toldGathering === undefined) {
      summit = {
        kinds: ['summit'],
        status,
        cue,
        persons: [...persons],
        countries: [],
        collectives: [],
        hosts: [],
        date,
        placeId,
        topics: new Set(),
        sentences: [sentence.index],
      };
      drafts.push(summit);
    }
    // One of a subject's meetings, each its own encounter (see Draft.sideMeeting).
    const sideMeeting = (
      sides: Pick<Draft, 'persons' | 'countries'>,
      told: Pick<Draft, 'date' | 'placeId' | 'topics' | 'sentences'>,
    ): Draft => ({
      kinds: [kind],
      status,
      cue,
      sideMeeting: true,
      withinSummit: summit,
      ...sides,
      collectives: [],
      hosts: [],
      ...told,
    });
    // A subject's meetings with countries named alone (countrySeries above), one each.
    if (countrySeries) {
      for (const country of countries) {
        const told = { date: date ?? toldGathering?.date, placeId, topics: new Set(sentence.topics), sentences: [sentence.index] };
        drafts.push(sideMeeting({ persons: [...persons], countries: [country] }, told));
      }
      continue;
    }
    // "He also met with A, B and C on the sidelines", "Зеленський провів зустрічі з A, B і C": a subject's
    // meetings, one each.
    // "Зеленський провів телефонні переговори з … Ердоганом і … Алієвим": a call is between two, so one subject's
    // calls with several are one each, unless the sentence says the call joined them all ("trilateral", "конференц*").
    const callsOneByOne = kind === 'phone_call' && !lexicon.multipartyCallMarkers.test(sentence.sentence.text);
    const plural = series || callsOneByOne || counterpartsListedByCountry(sentence, persons, lexicon);
    const subject = pronounSubject ?? (plural || (separate && namedSubject(sentence, hits, persons)) ? persons[0] : undefined);
    if ((separate || plural) && subject !== undefined && persons.length >= 3 && !lexicon.containerKinds.has(kind)) {
      const earlier = regrouped.filter((draft) => draft.persons.includes(subject));
      for (const counterpart of persons.filter((person) => person !== subject)) {
        drafts.push(
          sideMeeting(
            { persons: [subject, counterpart], countries: [] },
            {
              date: date ?? earlier.find((draft) => draft.date !== undefined)?.date,
              placeId: placeId ?? earlier.find((draft) => draft.placeId !== undefined)?.placeId,
              topics: new Set([...sentence.topics, ...earlier.flatMap((draft) => [...draft.topics])]),
              sentences: [...new Set([...earlier.flatMap((draft) => draft.sentences), sentence.index])].sort((a, b) => a - b),
            },
          ),
        );
      }
      continue;
    }
    // "Выборы и переговоры между Азербайджаном и Арменией: Токаев поговорил по телефону с Алиевым": a call of two
    // persons has no country besides theirs.
    if (personalCall([kind], persons)) countries.splice(0, countries.length);
    drafts.push({
      kinds: [kind],
      status,
      cue,
      withinSummit: summit,
      ...(separate ? { sidelines: true } : {}),
      persons,
      countries,
      collectives,
      hosts,
      date: date ?? toldGathering?.date,
      placeId,
      topics: new Set(sentence.topics),
      sentences: [sentence.index],
    });
  }

  for (const draft of drafts) {
    // A visit to a named city ("arrived in Astana for a state visit") is hosted by the city's country,
    // when the visitors are one side; two sides meeting in a third country's city are not its guests.
    if (draft.kinds.includes('visit') && draft.hosts.length === 0 && draft.placeId !== undefined && new Set(countriesOf(draft)).size <= 1) {
      const host = entities.countryOf(draft.placeId);
      if (host !== undefined) draft.hosts.push(host);
    }
    const served = countriesOf(draft);
    // Two sides of other countries meeting "during a visit to Japan" met there; Japan is no side of theirs.
    if (new Set(served).size >= 2 && !draft.hosts.some((host) => served.includes(host)) && !draft.kinds.includes('visit')) continue;
    appendUnique(
      draft.countries,
      draft.hosts.filter((host) => !served.includes(host)),
    );
  }

  visitCities(drafts, facts, entities, countriesOf);
  whereaboutsPlaces(drafts);
  headsNamedElsewhere(drafts, facts, lexicon, entities);

  if (datelinePlace !== undefined) {
    for (const draft of drafts) {
      // A call joins two places; the dateline names only where the story was filed.
      if (draft.kinds.includes('phone_call')) continue;
      // A gathering of several countries' heads the story was filed about from home was not at home for that.
      if (draft.gathering === true) continue;
      // A side encounter ("on the sidelines" of a gathering) took place in the gathering's host city, which the
      // dateline names when the text does not: "СКОПЬЕ, 30 ноя ... Лавров на полях Совета министров ... ОБСЕ проводит переговоры".
      const sidelines = draft.sidelines === true && draft.status === 'held';
      if (draft.placeId === undefined && (sidelines || countriesOf(draft).includes(datelinePlace.countryId)))
        draft.placeId = datelinePlace.placeId;
    }
  }
  // A side meeting took place where and when its summit did, unless the text says (read after the whole story:
  // the summit's place and day may come later, "5 грудня в Ашхабаді проходить саміт …").
  for (const draft of drafts) {
    draft.placeId ??= draft.withinSummit?.placeId;
    draft.date ??= draft.withinSummit?.date;
  }
  return (
    drafts
      .flatMap((draft) => visitAndHostMeeting(draft, lexicon, entities))
      // An organization alone ("the CSTO summit in November") is background unless named persons joined it.
      .filter(
        (draft) => draft.persons.length + draft.countries.length >= 2 || (draft.kinds.includes('visit') && draft.placeId !== undefined),
      )
      // "главы Узбекистана, Азербайджана, Кыргызстана и Таджикистана посетили Центр исламской цивилизации": a visit
      // that names no visitor and whose every country is one it went to has nobody coming from elsewhere: a tour of a
      // site by the heads already there, not a visit of one country to another.
      .filter(
        (draft) =>
          !(
            draft.kinds.length === 1 &&
            draft.kinds[0] === 'visit' &&
            draft.persons.length === 0 &&
            draft.countries.every((country) => draft.hosts.includes(country))
          ),
      )
      .map((draft, index) => toEvent(draft, index, facts, lexicon))
  );
}

/**
 * "14 апреля в Узбекистан … прибыл Назарбаев" … "По прибытии в Ташкент …": a held visit to a country that
 * names no place took place in the one city of that country the story puts anything in, and so did the
 * visitor's encounters there with the host's people. Read after the whole story, before the dateline, which
 * only tells where the story was filed.
 */
function visitCities(
  drafts: readonly Draft[],
  facts: readonly SentenceFacts[],
  entities: EntityCountries,
  countriesOf: (draft: Draft) => string[],
): void {
  // "… саммиті Түркістан қаласында өтеді": a city named only where the story tells a gathering still to come
  // (or one called off) is that gathering's place, not where the visit that did happen went.
  const heldSentences = new Set(drafts.filter((draft) => draft.status === 'held').flatMap((draft) => draft.sentences));
  const notHeldOnly = new Set(
    drafts.filter((draft) => draft.status !== 'held').flatMap((draft) => draft.sentences.filter((index) => !heldSentences.has(index))),
  );
  const cities = [
    ...new Set(
      facts
        .filter((sentence) => !notHeldOnly.has(sentence.index))
        .flatMap((sentence) =>
          sentence.places.filter((place) => place.located && entities.isCity?.(place.placeId) === true).map((place) => place.placeId),
        ),
    ),
  ];
  const onlyCityIn = (country: string): string | undefined => {
    const inCountry = cities.filter((city) => entities.countryOf(city) === country);
    return inCountry.length === 1 ? inCountry[0] : undefined;
  };
  for (const visit of drafts) {
    // A visit whose visitor the text does not name is no encounter, and gets no place to keep it.
    if (!visit.kinds.includes('visit') || visit.status !== 'held' || visit.placeId !== undefined || visit.hosts.length !== 1) continue;
    if (visit.persons.length === 0) continue;
    const host = visit.hosts[0]!;
    const city = onlyCityIn(host);
    if (city === undefined) continue;
    visit.placeId = city;
    for (const draft of drafts) {
      if (draft.placeId !== undefined || draft.status !== 'held' || draft.kinds.includes('phone_call')) continue;
      if (overlap(draft.persons, visit.persons) > 0 && countriesOf(draft).includes(host)) draft.placeId = city;
    }
  }
}

/**
 * "Nurtleu also met with Moldova's … Popșoi, Ukraine's … Sybiha and Singapore's … Balakrishnan": the first person
 * is named before the event word and every other after it, so the sentence tells the first one's meetings with
 * each of the others, as "He also met with …" does.
 */
function namedSubject(sentence: SentenceFacts, hits: readonly KindHit[], persons: readonly string[]): boolean {
  const first = hits[0];
  if (first === undefined || persons.length < 3) return false;
  const eventStart = sentence.sentence.start + first.start;
  const starts = new Map<string, number>();
  for (const mention of sentence.mentions) {
    if (mention.kind === 'person' && !starts.has(mention.entityId)) starts.set(mention.entityId, mention.start);
  }
  const [subject, ...others] = persons;
  const subjectStart = starts.get(subject!);
  return subjectStart !== undefined && subjectStart < eventStart && others.every((person) => (starts.get(person) ?? -1) > eventStart);
}

/**
 * "Nurtleu held talks with his foreign counterparts … in New York" … "Nurtleu met with the foreign ministers of
 * Spain …": where the story puts a person (a report of them alone somewhere, or their visit) is where their
 * encounters reported after it that name no place of their own were held (the nearest such report before the
 * encounter; a later one is often background: "recall that after his visit to New York …"). Read before the dateline, which only tells where the story was filed.
 */
function whereaboutsPlaces(drafts: readonly Draft[]): void {
  const inPerson = (draft: Draft) => draft.status === 'held' && !draft.kinds.includes('phone_call');
  const whereabouts = drafts.filter(
    (draft) =>
      inPerson(draft) &&
      draft.placeId !== undefined &&
      (draft.kinds.includes('visit') || (draft.persons.length === 1 && draft.countries.length === 0)),
  );
  if (whereabouts.length === 0) return;
  const firstSentence = (draft: Draft) => Math.min(...draft.sentences);
  for (const draft of drafts) {
    if (draft.placeId !== undefined || !inPerson(draft) || draft.persons.length === 0) continue;
    const at = firstSentence(draft);
    const theirs = whereabouts.filter((report) => report !== draft && overlap(report.persons, draft.persons) > 0);
    const placeId = theirs.filter((report) => firstSentence(report) <= at).at(-1)?.placeId;
    if (placeId !== undefined) draft.placeId = placeId;
  }
}

/**
 * "Назарбаев Минскіге ресми сапармен барды … Лукашенко …": a held visit whose story names the host's own person
 * is two facts, the visit (the visitors and the country they went to) and the visitors' meeting with the host's
 * people, which a report of the visit alone would not match. The meeting takes the visit's date and place.
 */
function visitAndHostMeeting(draft: Draft, lexicon: EventLexicon, entities: EntityCountries): Draft[] {
  if (mainKind(draft, lexicon) !== 'visit' || draft.status !== 'held') return [draft];
  const placeCountry = draft.placeId === undefined ? undefined : entities.countryOf(draft.placeId);
  const host = draft.hosts.length === 1 ? draft.hosts[0] : draft.hosts.length === 0 ? placeCountry : undefined;
  if (host === undefined) return [draft];
  const hostPersons = draft.persons.filter((person) => entities.countryOf(person) === host);
  const visitors = draft.persons.filter((person) => !hostPersons.includes(person));
  if (hostPersons.length === 0 || visitors.length === 0) return [draft];
  // "arrived in Moscow after paying a visit to Ukraine's Petro Poroshenko": a place outside the host is not where they met.
  const placeId = placeCountry === undefined || placeCountry === host ? draft.placeId : undefined;
  const visit: Draft = {
    ...draft,
    placeId,
    kinds: ['visit'],
    persons: visitors,
    countries: [...draft.countries.filter((country) => country !== host), host],
  };
  const meeting: Draft = {
    ...draft,
    kinds: ['meeting'],
    placeId,
    cue: { text: draft.cue.text, rule: `${draft.cue.rule}+host-met` },
    persons: [...draft.persons],
    countries: draft.countries.filter((country) => country !== host),
    topics: new Set(draft.topics),
  };
  return [visit, meeting];
}

/** The kind an event is given when its reports used several: the first of them in the lexicon's priority. */
function mainKind(draft: Draft, lexicon: EventLexicon): EventKind {
  return lexicon.kindPriority.find((candidate) => draft.kinds.includes(candidate)) ?? draft.kinds[0]!;
}

function toEvent(draft: Draft, index: number, facts: readonly SentenceFacts[], lexicon: EventLexicon): ExtractedEvent {
  const kind = mainKind(draft, lexicon);
  // A call joins two places: a place its sentences name ("the situation in Central Asia", "Tokayev, in Astana, …")
  // is no place of the call.
  if (kind === 'phone_call') delete draft.placeId;
  const named = Math.min(draft.persons.length, 3);
  const confidence = Math.min(0.95, 0.5 + 0.1 * named + (draft.date ? 0.1 : 0) + (draft.placeId ? 0.05 : 0));
  return {
    id: `e${index + 1}`,
    kind,
    status: draft.status,
    ...(draft.date ? { date: draft.date } : {}),
    ...(draft.placeId ? { placeId: draft.placeId } : {}),
    participantIds: [...draft.persons, ...draft.countries],
    topicIds: [...draft.topics].sort(),
    cue: draft.cue,
    evidence: [...new Set(draft.sentences)]
      .sort((a, b) => a - b)
      .map((sentenceIndex) => {
        const { text, start, end } = facts[sentenceIndex]!.sentence;
        return { sentence: text, start, end };
      }),
    confidence: Math.round(confidence * 100) / 100,
  };
}

/**
 * "The Presidents of Uzbekistan and Kyrgyzstan held tete-a-tete talks" … "President Shavkat Mirziyoyev started
 * with congratulations of Sadyr Japarov": an encounter of countries whose first report calls its sides their heads
 * of state is the encounter of the one person the story names for each of those countries. Left as it is when
 * a country has no such person, or several.
 */
function headsNamedElsewhere(
  drafts: readonly Draft[],
  facts: readonly SentenceFacts[],
  lexicon: EventLexicon,
  entities: EntityCountries,
): void {
  const persons = [...new Set(facts.flatMap((sentence) => sentence.persons))];
  for (const draft of drafts) {
    if (draft.persons.length > 0 || draft.countries.length < 2 || draft.collectives.length > 0) continue;
    const first = facts[draft.sentences[0]!];
    if (first === undefined || lexicon.pluralHeadsOfState.find(first.sentence.text).length === 0) continue;
    const heads = draft.countries.map((country) => persons.filter((person) => entities.countryOf(person) === country));
    if (heads.some((serving) => serving.length !== 1)) continue;
    draft.persons = heads.map((serving) => serving[0]!);
    draft.countries = [];
  }
}
