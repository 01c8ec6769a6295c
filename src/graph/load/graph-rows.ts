import type {
  Agreement,
  Entity,
  Evidence,
  ExtractedEvent,
  ExtractionResult,
  PartialDate,
} from '../../extract/contract/extraction-result.ts';
import { publisherId, stableHash } from './graph-ids.ts';

/**
 * One article's extraction result reshaped into the parameter rows the Cypher in cypher/load/ expects:
 * grouped by label (so each MERGE names a static label), evidence flattened into aligned lists, and
 * ids that several articles must share (events, agreements) derived deterministically.
 */
export interface ArticleGraphRows {
  articleId: string;
  article: Record<string, unknown>;
  entities: Record<Entity['kind'], EntityRow[]>;
  links: { place: LinkRow[]; organization: LinkRow[]; person: LinkRow[] };
  offices: OfficeRow[];
  events: EventRow[];
  agreements: Array<Record<string, unknown>>;
  memberships: MembershipRow[];
}

export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  known: boolean;
  organizationKind: string | null;
  sentences: string[];
  starts: number[];
  ends: number[];
  confidence: number;
}

export interface LinkRow {
  fromId: string;
  countryId: string;
  sentence: string;
  start: number;
  end: number;
}

export interface OfficeRow {
  personId: string;
  /** The country or organization the office is in (null when the article names neither). */
  holderId: string | null;
  officeId: string | null;
  title: string;
  asOf: string | null;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
}

export interface MembershipRow {
  countryId: string;
  organizationId: string;
  status: string;
  sentence: string;
  start: number;
  end: number;
}

/**
 * How the parties of an event were together: in person (a meeting, talks, a visit, a ceremony), on a
 * call, or at a gathering of many (a summit). Only a held in-person event makes its parties MET, and
 * reports of one encounter merge only within one mode, so a summit never swallows a meeting on its
 * sidelines, nor a call the meeting the same day.
 */
export type EventMode = 'in_person' | 'call' | 'gathering';

const MODE_OF_KIND: Record<ExtractedEvent['kind'], EventMode> = {
  meeting: 'in_person',
  talks: 'in_person',
  negotiations: 'in_person',
  visit: 'in_person',
  press_conference: 'in_person',
  signing_ceremony: 'in_person',
  phone_call: 'call',
  summit: 'gathering',
};

/** The mode of an event of this kind; an unknown kind (a graph written by a newer release) is in person. */
export function eventModeOf(kind: string): EventMode {
  const modes: Readonly<Record<string, EventMode>> = MODE_OF_KIND;
  return modes[kind] ?? 'in_person';
}

export interface EventRow {
  localId: string;
  newId: string;
  kind: string;
  /** held, planned, cancelled or denied, as this article reports it. */
  status: ExtractedEvent['status'];
  mode: EventMode;
  name: string;
  date: string | null;
  dateText: string | null;
  year: number | null;
  /** "05-10" when month and day are known, with or without a year: what a year-less report can be matched on. */
  monthDay: string | null;
  participantIds: string[];
  personIds: string[];
  countryIds: string[];
  organizationIds: string[];
  placeId: string | null;
  topicIds: string[];
  sentences: string[];
  starts: number[];
  ends: number[];
  /** The words that made the event and the rule that read them (contract Cue). */
  cue: string;
  rule: string;
  confidence: number;
}

const MEMBERSHIP_STATUS: Record<string, string> = {
  member_of: 'member',
  accession: 'acceding',
  observer_of: 'observer',
  partner_of: 'dialogue partner',
  candidate_of: 'candidate',
};

/** A day-precise date as YYYY-MM-DD for Cypher's date(); anything less precise stays text only. */
function fullDate(date: PartialDate | undefined): string | null {
  return date?.year !== undefined && date.month !== undefined && date.day !== undefined ? date.iso : null;
}

function monthDay(date: PartialDate | undefined): string | null {
  return date?.month !== undefined && date.day !== undefined
    ? `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
    : null;
}

function evidenceLists(evidence: readonly Evidence[]): { sentences: string[]; starts: number[]; ends: number[] } {
  return { sentences: evidence.map((e) => e.sentence), starts: evidence.map((e) => e.start), ends: evidence.map((e) => e.end) };
}

function humanize(kind: string): string {
  const words = kind.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function toGraphRows(result: ExtractionResult): ArticleGraphRows {
  const { article } = result;
  const entityById = new Map(result.entities.map((entity) => [entity.id, entity]));
  const nameOf = (entityId: string): string => entityById.get(entityId)?.name ?? entityId;
  const kindOf = (entityId: string): Entity['kind'] | undefined => entityById.get(entityId)?.kind;
  const ofKind = (ids: readonly string[], kind: Entity['kind']): string[] => ids.filter((entityId) => kindOf(entityId) === kind);

  const entityRows = result.entities.map((entity): EntityRow => ({
    id: entity.id,
    name: entity.name,
    aliases: [...new Set(entity.aliases.filter((alias) => alias !== entity.name))],
    known: entity.known,
    organizationKind: entity.organizationKind ?? null,
    ...evidenceLists(entity.mentions),
    confidence: entity.confidence,
  }));
  const entities: ArticleGraphRows['entities'] = { country: [], person: [], organization: [], place: [], topic: [] };
  result.entities.forEach((entity, index) => entities[entity.kind].push(entityRows[index]!));

  const links: ArticleGraphRows['links'] = { place: [], organization: [], person: [] };
  for (const entity of result.entities) {
    const mention = entity.mentions[0];
    if (!entity.countryId || !mention || (entity.kind !== 'place' && entity.kind !== 'organization' && entity.kind !== 'person')) continue;
    links[entity.kind].push({
      fromId: entity.id,
      countryId: entity.countryId,
      sentence: mention.sentence,
      start: mention.start,
      end: mention.end,
    });
  }

  const events = result.events.map((event: ExtractedEvent): EventRow => {
    const date = fullDate(event.date);
    const participants = [...new Set(event.participantIds)].sort();
    const names = participants.map(nameOf).join(' – ');
    const when = event.date?.iso ?? 'undated';
    return {
      localId: event.id,
      // An event that matches none in the graph gets an id from what identifies it; undated ones are
      // also tied to their article, because nothing else can tell two of them apart.
      newId: `event:${date ?? 'undated'}-${stableHash(event.kind, date ?? article.id, participants.join(','), event.placeId)}`,
      kind: event.kind,
      status: event.status,
      mode: eventModeOf(event.kind),
      name: `${humanize(event.kind)}: ${names || 'unnamed participants'} (${when}${event.placeId ? `, ${nameOf(event.placeId)}` : ''})`,
      date,
      dateText: event.date?.iso ?? null,
      year: event.date?.year ?? null,
      monthDay: monthDay(event.date),
      participantIds: participants,
      personIds: ofKind(participants, 'person'),
      countryIds: ofKind(participants, 'country'),
      organizationIds: ofKind(participants, 'organization'),
      placeId: event.placeId ?? null,
      topicIds: [...new Set(event.topicIds)],
      ...evidenceLists(event.evidence),
      cue: event.cue.text,
      rule: event.cue.rule,
      confidence: event.confidence,
    };
  });

  const agreements = result.agreements.map((agreement: Agreement) => {
    const date = fullDate(agreement.date);
    const parties = [...new Set(agreement.partyIds)].sort();
    return {
      localId: agreement.id,
      id: `agreement:${stableHash(agreement.kind, date ?? agreement.date?.iso ?? article.id, parties.join(','), agreement.subject?.toLocaleLowerCase())}`,
      kind: agreement.kind,
      name: `${humanize(agreement.kind)}${subjectClause(agreement, nameOf)}: ${parties.map(nameOf).join(' – ')}`,
      status: agreement.status,
      subject: agreement.subject ?? null,
      date,
      dateText: agreement.date?.iso ?? null,
      year: agreement.date?.year ?? null,
      countryIds: ofKind(parties, 'country'),
      organizationIds: ofKind(parties, 'organization'),
      eventLocalId: agreement.eventId ?? null,
      topicIds: [...new Set(agreement.topicIds)],
      ...evidenceLists(agreement.evidence),
      cue: agreement.cue.text,
      rule: agreement.cue.rule,
      confidence: agreement.confidence,
    };
  });

  return {
    articleId: article.id,
    article: {
      id: article.id,
      title: article.title,
      url: article.url ?? null,
      author: article.author ?? null,
      dateline: article.dateline ?? null,
      publisher: article.publisher ?? null,
      publisherId: article.publisher ? publisherId(article.publisher) : null,
      publishedDate: fullDate(article.publishedAt),
      publishedAtText: article.publishedAt?.iso ?? null,
      language: article.language,
      languageConfidence: article.languageConfidence,
      contentHash: article.contentHash,
      body: article.text,
      sourceName: article.sourceName ?? null,
      contractVersion: result.contractVersion,
      extractorVersion: result.extractorVersion,
      knowledgeBaseVersion: result.knowledgeBaseVersion,
    },
    entities,
    links,
    offices: result.offices.map((office): OfficeRow => ({
      personId: office.personId,
      holderId: office.organizationId ?? office.countryId ?? null,
      officeId: office.officeId ?? null,
      title: office.title,
      asOf: fullDate(office.asOf) ?? fullDate(article.publishedAt),
      sentence: office.evidence.sentence,
      start: office.evidence.start,
      end: office.evidence.end,
      confidence: office.confidence,
    })),
    events,
    agreements,
    memberships: result.relations
      .filter((relation) => kindOf(relation.subjectId) === 'country' && kindOf(relation.objectId) === 'organization')
      .map((relation): MembershipRow => ({
        countryId: relation.subjectId,
        organizationId: relation.objectId,
        status: MEMBERSHIP_STATUS[relation.kind] ?? relation.kind,
        sentence: relation.evidence.sentence,
        start: relation.evidence.start,
        end: relation.evidence.end,
      })),
  };
}

const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/**
 * The name's "on ..." clause, in English like the rest of the name: the subject as the article writes
 * it when that is Latin script, else the agreement's first topic ("військову співпрацю" is stored as the
 * subject, and the name says "on military-technical cooperation"), else nothing.
 */
function subjectClause(agreement: Agreement, nameOf: (id: string) => string): string {
  if (agreement.subject && !NON_LATIN_LETTER.test(agreement.subject)) return ` on ${agreement.subject}`;
  const topicId = agreement.topicIds[0];
  return topicId === undefined ? '' : ` on ${nameOf(topicId)}`;
}
