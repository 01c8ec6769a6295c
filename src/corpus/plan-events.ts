import type { Topic } from '../knowledge/knowledge-schema.ts';
import { countryIdOf, type Cast, type CastPlace, type Participant } from './cast.ts';
import type { AgreementKind, EventKind } from './phrasebook.ts';
import type { SeededRandom } from './seeded-random.ts';

/** One encounter: what every article reporting it states (participants, day, place, topics, agreements). */
export interface CorpusEvent {
  id: string;
  kind: EventKind;
  /** Whole UTC days since 1970-01-01. */
  day: number;
  /** Undefined for phone calls. */
  place: CastPlace | undefined;
  participants: readonly Participant[];
  topics: readonly Topic[];
  agreements: ReadonlyArray<{ kind: AgreementKind; topic: Topic }>;
}

const EVENT_KINDS: readonly EventKind[] = ['meeting', 'meeting', 'talks', 'talks', 'visit', 'phone_call'];
const AGREEMENT_KINDS: readonly AgreementKind[] = ['agreement', 'memorandum', 'joint_declaration', 'roadmap', 'cooperation_plan'];

/** How often a counterpart is a known person (when one in office that day exists) rather than an invented one. */
const KNOWN_COUNTERPART_SHARE = 0.5;
const THIRD_PARTICIPANT_SHARE = 0.1;
const AGREEMENT_SHARE = 0.35;

function counterpart(
  cast: Cast,
  random: SeededRandom,
  day: number,
  excludedCountries: Set<string | undefined>,
  excludedIds: Set<string>,
): Participant | undefined {
  if (random.chance(KNOWN_COUNTERPART_SHARE)) {
    const inOffice = cast.appointments.filter(
      (appointment) =>
        appointment.from <= day &&
        day <= appointment.to &&
        !excludedIds.has(appointment.participant.id) &&
        !excludedCountries.has(countryIdOf(appointment.participant)),
    );
    if (inOffice.length > 0) return random.pick(inOffice).participant;
  }
  const invented = cast.invented.filter((person) => !excludedIds.has(person.id) && !excludedCountries.has(countryIdOf(person)));
  return invented.length === 0 ? undefined : random.pick(invented);
}

/**
 * A new event: a lead participant (mostly a known person, on a day within their term), one or two
 * counterparts from other countries, a city of one participant's country (none for a call), topics, and
 * sometimes agreements signed at it.
 */
export function planEvent(cast: Cast, topics: readonly Topic[], random: SeededRandom, serial: number): CorpusEvent {
  let lead: Participant;
  let day: number;
  if (cast.appointments.length > 0 && random.chance(0.75)) {
    const appointment = random.pick(cast.appointments);
    lead = appointment.participant;
    day = random.int(appointment.from, appointment.to);
  } else {
    lead = random.pick(cast.invented);
    day = random.int(cast.firstDay, cast.lastDay);
  }
  const participants = [lead];
  const wanted = random.chance(THIRD_PARTICIPANT_SHARE) ? 3 : 2;
  while (participants.length < wanted) {
    const next = counterpart(cast, random, day, new Set(participants.map(countryIdOf)), new Set(participants.map((person) => person.id)));
    if (next === undefined) break;
    participants.push(next);
  }

  let kind = random.pick(EVENT_KINDS);
  let place: CastPlace | undefined;
  if (kind !== 'phone_call') {
    // Officials of an organization travel; a country's officials host (a Secretary-General does not host in his home town).
    const hosts = participants
      .flatMap((participant) => (participant.serves.kind === 'country' ? [participant.serves.country.id] : []))
      .filter((id) => (cast.citiesByCountry.get(id)?.length ?? 0) > 0);
    const cities = hosts.length === 0 ? [] : cast.citiesByCountry.get(random.pick(hosts))!;
    // The capital (listed first) half the time, otherwise any city of the host.
    place = cities.length === 0 ? undefined : random.chance(0.5) ? cities[0] : random.pick(cities);
    if (place === undefined) kind = 'phone_call';
  }
  const eventTopics = random.sample(topics, random.int(1, 3));
  const agreements =
    kind !== 'phone_call' && random.chance(AGREEMENT_SHARE)
      ? random
          .sample(eventTopics, random.int(1, Math.min(2, eventTopics.length)))
          .map((topic) => ({ kind: random.pick(AGREEMENT_KINDS), topic }))
      : [];
  return { id: `event-${serial}`, kind, day, place, participants, topics: eventTopics, agreements };
}
