import type { EventKind, ExtractedEvent } from '../contract/extraction-result.ts';
import { resolveGoldParticipant, type GoldArticle, type GoldEvent } from './gold-schema.ts';
import { goldPersonKey, type PersonAlignment } from './align-persons.ts';
import { matchOneToOne, type Matching } from './match-one-to-one.ts';
import { datesCompatible } from './partial-dates.ts';

/** Kinds a reader uses for the same encounter: "met", "held talks" and "negotiated" are one fact. */
const ENCOUNTER_KINDS: ReadonlySet<EventKind> = new Set(['meeting', 'talks', 'negotiations']);

export function goldEventKinds(event: GoldEvent): EventKind[] {
  return Array.isArray(event.kind) ? event.kind : [event.kind];
}

export function kindsCompatible(goldKinds: readonly EventKind[], extracted: EventKind): boolean {
  if (goldKinds.includes(extracted)) return true;
  return ENCOUNTER_KINDS.has(extracted) && goldKinds.some((kind) => ENCOUNTER_KINDS.has(kind));
}

/** Participants under comparable keys: matched persons as "gold:<index>", countries and organizations by id. */
export function goldParticipantKeys(gold: GoldArticle, event: GoldEvent): Set<string> {
  return new Set(
    event.participants.map((participant) => {
      const resolved = resolveGoldParticipant(gold.persons, participant);
      if (resolved === undefined)
        throw new Error(`gold participant "${participant}" resolves to nothing; validate gold with parseGold first`);
      return 'person' in resolved ? goldPersonKey(resolved.person) : resolved.id;
    }),
  );
}

export function extractedParticipantKeys(event: ExtractedEvent, persons: PersonAlignment): Set<string> {
  return new Set(event.participantIds.map((id) => (id.startsWith('person:') ? persons.keyOf(id) : id)));
}

export interface EventPair {
  gold: GoldEvent;
  goldKeys: Set<string>;
  extracted: ExtractedEvent;
}

/**
 * An extracted event is a gold event when the kinds agree (within the encounter family) and the
 * participants do: at least two in common, or exactly the same participants on a compatible date. Among
 * candidates, more shared participants win, then the same date, then the same place, then the same kind.
 */
export function matchEvents(
  gold: GoldArticle,
  extracted: readonly ExtractedEvent[],
  persons: PersonAlignment,
): Matching<GoldEvent & { keys: Set<string> }, ExtractedEvent & { keys: Set<string> }> {
  const goldEvents = gold.events.map((event) => ({ ...event, keys: goldParticipantKeys(gold, event) }));
  const extractedEvents = extracted.map((event) => ({ ...event, keys: extractedParticipantKeys(event, persons) }));
  return matchOneToOne(goldEvents, extractedEvents, (goldEvent, extractedEvent) => {
    const kinds = goldEventKinds(goldEvent);
    if (!kindsCompatible(kinds, extractedEvent.kind)) return undefined;
    const shared = [...goldEvent.keys].filter((key) => extractedEvent.keys.has(key)).length;
    const sameParticipants = shared === goldEvent.keys.size && shared === extractedEvent.keys.size;
    const bothDated = goldEvent.date !== null && extractedEvent.date !== undefined;
    const compatibleDate = bothDated && datesCompatible(goldEvent.date!, extractedEvent.date!.iso);
    if (!(shared >= 2 || (shared >= 1 && sameParticipants && compatibleDate))) return undefined;
    return (
      shared * 100 +
      (bothDated && goldEvent.date === extractedEvent.date!.iso ? 20 : compatibleDate ? 10 : 0) +
      (goldEvent.placeId !== null && goldEvent.placeId === extractedEvent.placeId ? 5 : 0) +
      (kinds.includes(extractedEvent.kind) ? 1 : 0)
    );
  });
}
