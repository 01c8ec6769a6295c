/**
 * Events from sentences: each sentence with an event word is a candidate (its kind, persons, acting
 * countries, date, place, topics); candidates that describe the same encounter become one event. The
 * merging rules are in README.md beside this file.
 */
import type { EventKind, ExtractedEvent, PartialDate } from '../contract/extraction-result.ts';
import type { DatelinePlace } from './dateline-place.ts';
import type { Draft } from './draft.ts';
import { eventsOfDrafts } from './draft-to-event.ts';
import { datelinePlaces, visitCities, visitHosts, whereaboutsPlaces } from './draft-places.ts';
import type { CollectiveParticipants, EntityCountries } from './entity-countries.ts';
import { datesOfEvent, eventDate, precision, sameDay } from './event-dates.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { classifyEventHits, type KindHit, sentenceEvent } from './event-status.ts';
import { appendUnique, overlap, sameSet } from './id-sets.ts';
import type { SentenceFacts } from './sentence-facts.ts';
import { addSentenceWithoutEventWord } from './sentence-without-event-word.ts';
import { headsNamedElsewhere, storyHeadsOfState } from './story-heads-of-state.ts';
import { namedLater, namedSubject, openingTitleSubject, opensWithPronoun, titleSubject } from './story-subject.ts';
import { quotationOf, quotedOnly, topicPersons } from './talked-about.ts';
import { counterpartsListedByCountry, countriesListedAsCounterparts } from './country-listed-counterparts.ts';
import { unnamedHeadOfStateCountry } from './unnamed-head-of-state.ts';

/** How much of a sentence's opening is read for an "earlier" that opens it: the longest marker and a quotation mark. */
const EARLIER_WINDOW = 24;

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

/** A phone call of two or more named persons: no country takes part in it on its own. */
function personalCall(kinds: readonly EventKind[], persons: readonly string[]): boolean {
  return persons.length >= 2 && kinds.length > 0 && kinds.every((kind) => kind === 'phone_call');
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
  const compatible = (draft: Draft, date: PartialDate | undefined, placeId: string | undefined): boolean =>
    sameDay(draft.date, date) && (draft.placeId === undefined || placeId === undefined || draft.placeId === placeId);

  for (const sentence of facts) {
    const hits = withArrival(classifyEventHits(sentence.sentence.text, lexicon), sentence);
    const anaphoric = lexicon.anaphora.test(sentence.sentence.text);
    const quoted = hits.length === 0 ? undefined : quotationOf(sentence, hits);
    const located = sentence.places.find((place) => place.located && quoted?.(place.start) !== true);
    const latest = drafts.at(-1);

    if (hits.length === 0) {
      addSentenceWithoutEventWord(sentence, drafts, located, anaphoric, lexicon, entities);
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

  visitHosts(drafts, entities, countriesOf);
  visitCities(drafts, facts, entities, countriesOf);
  whereaboutsPlaces(drafts);
  headsNamedElsewhere(drafts, facts, lexicon, entities);

  if (datelinePlace !== undefined) datelinePlaces(drafts, datelinePlace, countriesOf);
  // A side meeting took place where and when its summit did, unless the text says (read after the whole story:
  // the summit's place and day may come later, "5 грудня в Ашхабаді проходить саміт …").
  for (const draft of drafts) {
    draft.placeId ??= draft.withinSummit?.placeId;
    draft.date ??= draft.withinSummit?.date;
  }
  return eventsOfDrafts(drafts, facts, lexicon, entities);
}
