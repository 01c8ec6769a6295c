/**
 * Agreements: a sentence that names a document (agreement, memorandum, joint declaration, cooperation
 * plan ...) and what happened to it (signed, approved, declared, or planned). A document named without
 * such a verb ("the agreements reached at the highest level") is background, not a fact.
 */
import type { Agreement, AgreementKind, ExtractedEvent } from '../contract/extraction-result.ts';
import type { EventLexicon } from './event-lexicon.ts';
import type { EntityCountries } from './entity-countries.ts';
import { eventDate } from './event-dates.ts';
import { clausesOf } from './event-status.ts';
import type { SentenceFacts } from './sentence-facts.ts';

export interface PartyKinds {
  /** Organizations that can be parties: not media that merely report. */
  canBeParty(organizationId: string): boolean;
}

type Status = Agreement['status'];
const STATUS_ORDER: readonly Status[] = ['planned', 'approved', 'signed', 'declared'];
const SUBJECT_MAX_WORDS = 10;

/** "угоди про військове співробітництво" → "військове співробітництво": the words after a subject marker, up to a clause break. */
function subjectAfter(text: string, from: number, lexicon: EventLexicon): string | undefined {
  const rest = text.slice(from);
  const marker = lexicon.agreementSubjectMarkers.find(rest)[0];
  if (marker === undefined || rest.slice(0, marker.start).trim().split(/\s+/).filter(Boolean).length > 3) return undefined;
  const clause = rest
    .slice(marker.end)
    .split(/[,;:.!?()«»"“”]|\s(?:and|which|that|as well|и|і|та|which|who)\s/u)[0]
    ?.trim();
  if (clause === undefined || clause.length === 0) return undefined;
  const words = clause.split(/\s+/).slice(0, SUBJECT_MAX_WORDS);
  return words.join(' ');
}

/**
 * The encounter an agreement was signed or announced at: the one whose report holds the sentence; else
 * the one whose participants serve all the parties the sentence names (any, when it names none), the
 * most reported first (a quoted "thanks to the joint declaration we signed" belongs to the leaders' talks, not to a side
 * meeting of ministers); else the last one reported before the sentence.
 */
function eventOf(
  sentence: SentenceFacts,
  parties: readonly string[],
  events: readonly ExtractedEvent[],
  countryOf: (id: string) => string | undefined,
): ExtractedEvent | undefined {
  const containing = events.find((event) => event.evidence.some((evidence) => evidence.start === sentence.sentence.start));
  if (containing !== undefined) return containing;
  const covers = (event: ExtractedEvent): boolean => {
    const served = new Set(event.participantIds.map((id) => countryOf(id) ?? id));
    return parties.every((party) => served.has(party));
  };
  const covering = events.filter(covers).sort((a, b) => b.evidence.length - a.evidence.length)[0];
  return covering ?? [...events].reverse().find((event) => (event.evidence[0]?.start ?? Infinity) < sentence.sentence.start);
}

/** Every mention of the organization in the sentence is part of a person's description. */
function describesOnly(sentence: SentenceFacts, organizationId: string): boolean {
  const mentions = sentence.mentions.filter((mention) => mention.entityId === organizationId);
  return mentions.length > 0 && mentions.every((mention) => mention.describesPersonId !== undefined);
}

export function findAgreements(
  facts: readonly SentenceFacts[],
  events: readonly ExtractedEvent[],
  lexicon: EventLexicon,
  entities: EntityCountries & PartyKinds,
): Agreement[] {
  const found: Array<Omit<Agreement, 'id'>> = [];
  for (const sentence of facts) {
    const text = sentence.sentence.text;
    const kinds = lexicon.agreementKinds.find(text);
    if (kinds.length === 0) continue;
    const clauses = clausesOf(text);
    const allStatusHits = lexicon.agreementStatus.find(text);
    // "підписали меморандум, згідно з яким … зможуть розвивати": what the document's own clause says happened to it
    // outweighs a plan word in a clause about its content.
    const besideDocument = allStatusHits.filter((hit) => kinds.some((kind) => clauses.same(hit.start, kind.start)));
    const statusHits = besideDocument.length > 0 ? besideDocument : allStatusHits;
    const statuses = new Set(statusHits.map((hit) => hit.group));
    const stated = STATUS_ORDER.find((candidate) => statuses.has(candidate));
    if (stated === undefined) continue;
    // "… will see the signing today of 27 contracts", "the importance of signing … in the near future": a
    // signing the sentence puts ahead is planned, whatever word names it.
    // Only a noun ("signing") leaves open whether it happened; "signed" says it did.
    const signedWords = stated === 'signed' ? statusHits.filter((hit) => hit.group === 'signed') : [];
    const signingNoun = signedWords.every((hit) => lexicon.signingNouns.test(hit.text)) ? signedWords[0] : undefined;
    // "30-річчю підписання Договору", "10-летием со дня заключения Договора": an anniversary of a signing.
    if (
      signingNoun !== undefined &&
      lexicon.signingAnniversaries.find(text).some((hit) => hit.end <= signingNoun.start && clauses.same(hit.start, signingNoun.start))
    ) {
      continue;
    }
    const futureCue =
      signingNoun === undefined
        ? undefined
        : [...lexicon.eventStatus.find(text), ...lexicon.signingAims.find(text)].find(
            (cue) => cue.group === 'planned' && clauses.same(cue.start, signingNoun.start),
          );
    const status: Status = futureCue === undefined ? stated : 'planned';
    const statusWord = futureCue?.text ?? statusHits.find((hit) => hit.group === stated)!.text;

    const parties = [
      ...sentence.countries.filter(
        // "подписали в Ташкенте (Узбекистан)": a country named as where the signing was; a residence ("Ақордада")
        // names no country, so it takes none away.
        (country) =>
          !sentence.places.some((place) => entities.countryOf(place.placeId) === country && place.located && place.seatOf === undefined),
      ),
      // An organization that is part of a person's title ("государственный секретарь Министерства … Венгрии") speaks for the person, whose country is the party.
      // A residence the signing was held in ("в Акорде") is where, not who.
      ...sentence.organizations.filter(
        (organization) =>
          entities.canBeParty(organization) &&
          !describesOnly(sentence, organization) &&
          !sentence.places.some((place) => place.seatOf === organization),
      ),
    ];
    const addParties = (ids: ReadonlyArray<string | undefined>): void => {
      for (const id of ids) if (id !== undefined && !parties.includes(id)) parties.push(id);
    };
    if (parties.length < 2) addParties(sentence.persons.map((person) => entities.countryOf(person)));
    const event = eventOf(sentence, parties, events, (id) => entities.countryOf(id));
    if (parties.length < 2 && event !== undefined) {
      addParties(
        event.participantIds.map((participant) => (participant.startsWith('person:') ? entities.countryOf(participant) : participant)),
      );
    }
    const date = eventDate(sentence.dates) ?? (status !== 'planned' ? event?.date : undefined);

    const seenKinds = new Set<AgreementKind>();
    for (const hit of kinds) {
      const kind = hit.group as AgreementKind;
      if (seenKinds.has(kind)) continue;
      seenKinds.add(kind);
      const subject = subjectAfter(text, hit.end, lexicon);
      found.push({
        kind,
        status,
        ...(subject ? { subject } : {}),
        partyIds: [...new Set(parties)],
        ...(date ? { date } : {}),
        ...(event ? { eventId: event.id } : {}),
        topicIds: [...sentence.topics],
        evidence: [{ sentence: text, start: sentence.sentence.start, end: sentence.sentence.end }],
        cue: { text: `${hit.text} … ${statusWord}`, rule: `agreement-word:${kind}+status-word:${status}` },
        confidence: parties.length >= 2 ? 0.75 : 0.5,
      });
    }
  }
  return mergeSameAgreements(found).map((agreement, index) => ({ id: `a${index + 1}`, ...agreement }));
}

/** The headline and the body often state the same signing: one agreement per kind, status and parties. */
function mergeSameAgreements(found: Array<Omit<Agreement, 'id'>>): Array<Omit<Agreement, 'id'>> {
  const merged = new Map<string, Omit<Agreement, 'id'>>();
  for (const agreement of found) {
    const key = [agreement.kind, agreement.status, [...agreement.partyIds].sort().join(',')].join('|');
    const existing = merged.get(key);
    if (existing === undefined) {
      merged.set(key, { ...agreement, evidence: [...agreement.evidence], topicIds: [...agreement.topicIds] });
      continue;
    }
    for (const evidence of agreement.evidence) {
      if (!existing.evidence.some((seen) => seen.start === evidence.start)) existing.evidence.push(evidence);
    }
    existing.topicIds = [...new Set([...existing.topicIds, ...agreement.topicIds])];
    existing.subject ??= agreement.subject;
    existing.date ??= agreement.date;
    existing.eventId ??= agreement.eventId;
    existing.confidence = Math.max(existing.confidence, agreement.confidence);
  }
  return [...merged.values()].map((agreement) => ({ ...agreement, topicIds: [...agreement.topicIds].sort() }));
}
