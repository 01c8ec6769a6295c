/** Drafts become events: a visit with its host's people is split in two, and each is given its kind, evidence and confidence. */
import type { EventKind, ExtractedEvent } from '../contract/extraction-result.ts';
import type { Draft } from './draft.ts';
import type { EntityCountries } from './entity-countries.ts';
import type { EventLexicon } from './event-lexicon.ts';
import type { SentenceFacts } from './sentence-facts.ts';

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
 * The story's drafts as its events, numbered in order: a visit with its host's people is two, and a draft with too
 * few sides to be an encounter is background.
 */
export function eventsOfDrafts(
  drafts: readonly Draft[],
  facts: readonly SentenceFacts[],
  lexicon: EventLexicon,
  entities: EntityCountries,
): ExtractedEvent[] {
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
