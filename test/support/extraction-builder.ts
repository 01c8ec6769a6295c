import { createHash } from 'node:crypto';
import {
  CONTRACT_VERSION,
  type Agreement,
  type Entity,
  type EventKind,
  type EventStatus,
  type Evidence,
  type ExtractionResult,
  type PartialDate,
  type Relation,
} from '../../src/extract/contract/extraction-result.ts';

/**
 * Builds valid extraction results for loader tests without running extraction: the article text is the
 * given sentences joined by spaces, and facts cite sentences by number, so offsets are always right.
 */
export interface ArticleSpec {
  id: string;
  language?: string;
  publisher?: string;
  publishedAt?: string;
  sentences: string[];
  entities: Array<Pick<Entity, 'id' | 'kind' | 'name'> & { in: number[]; aliases?: string[]; countryId?: string; known?: boolean }>;
  offices?: Array<{ personId: string; officeId?: string; title: string; countryId?: string; organizationId?: string; in: number }>;
  events?: Array<{
    kind: EventKind;
    status?: EventStatus;
    date?: string;
    placeId?: string;
    participantIds: string[];
    topicIds?: string[];
    in: number[];
  }>;
  agreements?: Array<{
    kind: Agreement['kind'];
    status: Agreement['status'];
    subject?: string;
    partyIds: string[];
    topicIds?: string[];
    date?: string;
    event?: number;
    in: number[];
  }>;
  memberships?: Array<{ countryId: string; organizationId: string; in: number }>;
  /** Relations of any kind; memberships above are the member_of shorthand. */
  relations?: Array<{ kind: Relation['kind']; subjectId: string; objectId: string; in: number }>;
  figures?: Array<{ kind: string; value: number; unit: string; year?: number; subjectIds?: string[]; in: number }>;
}

/** 2022-05-10, 2022-05, 2022, or --05-10 (no year) as the contract's PartialDate. */
export function partialDate(iso: string): PartialDate {
  const yearless = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (yearless) return { month: Number(yearless[1]), day: Number(yearless[2]), iso };
  const [year, month, day] = iso.split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}), iso };
}

export function buildExtraction(spec: ArticleSpec): ExtractionResult {
  const text = spec.sentences.join(' ');
  const evidence = (index: number): Evidence => {
    const sentence = spec.sentences[index];
    if (sentence === undefined) throw new Error(`${spec.id} has no sentence ${index}`);
    const start = spec.sentences.slice(0, index).reduce((offset, previous) => offset + previous.length + 1, 0);
    return { sentence, start, end: start + sentence.length };
  };
  return {
    contractVersion: CONTRACT_VERSION,
    extractorVersion: 'test',
    knowledgeBaseVersion: 'test',
    article: {
      id: spec.id,
      contentHash: createHash('sha256').update(text).digest('hex'),
      title: spec.sentences[0]!,
      ...(spec.publisher ? { publisher: spec.publisher } : {}),
      ...(spec.publishedAt ? { publishedAt: partialDate(spec.publishedAt) } : {}),
      language: spec.language ?? 'en',
      languageConfidence: 0.99,
      text,
    },
    entities: spec.entities.map((entity) => ({
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      aliases: entity.aliases ?? [],
      known: entity.known ?? true,
      ...(entity.countryId ? { countryId: entity.countryId } : {}),
      mentions: entity.in.map(evidence),
      confidence: 0.9,
    })),
    offices: (spec.offices ?? []).map((office) => ({
      personId: office.personId,
      ...(office.officeId ? { officeId: office.officeId } : {}),
      title: office.title,
      ...(office.countryId ? { countryId: office.countryId } : {}),
      ...(office.organizationId ? { organizationId: office.organizationId } : {}),
      evidence: evidence(office.in),
      confidence: 0.8,
    })),
    events: (spec.events ?? []).map((event, index) => ({
      id: `e${index + 1}`,
      kind: event.kind,
      status: event.status ?? 'held',
      ...(event.date ? { date: partialDate(event.date) } : {}),
      ...(event.placeId ? { placeId: event.placeId } : {}),
      participantIds: event.participantIds,
      topicIds: event.topicIds ?? [],
      evidence: event.in.map(evidence),
      cue: { text: event.kind, rule: `test:${event.kind}` },
      confidence: 0.8,
    })),
    agreements: (spec.agreements ?? []).map((agreement, index) => ({
      id: `a${index + 1}`,
      kind: agreement.kind,
      status: agreement.status,
      ...(agreement.subject ? { subject: agreement.subject } : {}),
      partyIds: agreement.partyIds,
      ...(agreement.date ? { date: partialDate(agreement.date) } : {}),
      ...(agreement.event !== undefined ? { eventId: `e${agreement.event + 1}` } : {}),
      topicIds: agreement.topicIds ?? [],
      evidence: agreement.in.map(evidence),
      cue: { text: agreement.kind, rule: `test:${agreement.kind}` },
      confidence: 0.8,
    })),
    relations: [
      ...(spec.memberships ?? []).map((membership) => ({
        kind: 'member_of' as const,
        subjectId: membership.countryId,
        objectId: membership.organizationId,
        evidence: evidence(membership.in),
        confidence: 0.8,
      })),
      ...(spec.relations ?? []).map((relation) => ({
        kind: relation.kind,
        subjectId: relation.subjectId,
        objectId: relation.objectId,
        evidence: evidence(relation.in),
        confidence: 0.8,
      })),
    ],
    figures: (spec.figures ?? []).map((figure) => ({
      kind: figure.kind,
      value: figure.value,
      unit: figure.unit,
      ...(figure.year !== undefined ? { year: figure.year } : {}),
      subjectIds: figure.subjectIds ?? [],
      evidence: evidence(figure.in),
      confidence: 0.8,
    })),
  };
}
