import { createHash } from 'node:crypto';
import {
  CONTRACT_VERSION,
  type Entity,
  type Evidence,
  type ExtractionResult,
  type PartialDate,
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
  events?: Array<{ kind: 'meeting' | 'talks' | 'visit'; date?: string; placeId?: string; participantIds: string[]; topicIds?: string[]; in: number[] }>;
  agreements?: Array<{ kind: 'agreement' | 'memorandum'; status: 'signed' | 'planned'; subject?: string; partyIds: string[]; date?: string; event?: number; in: number[] }>;
  memberships?: Array<{ countryId: string; organizationId: string; in: number }>;
}

/** 2022-05-10, 2022-05, 2022, or --05-10 for a day whose year the text does not give. */
export function partialDate(iso: string): PartialDate {
  if (iso.startsWith('--')) {
    const [month, day] = iso.slice(2).split('-').map(Number);
    return { month, day, iso } as PartialDate;
  }
  const [year, month, day] = iso.split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}), iso } as PartialDate;
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
    offices: [],
    events: (spec.events ?? []).map((event, index) => ({
      id: `e${index + 1}`,
      kind: event.kind,
      ...(event.date ? { date: partialDate(event.date) } : {}),
      ...(event.placeId ? { placeId: event.placeId } : {}),
      participantIds: event.participantIds,
      topicIds: event.topicIds ?? [],
      evidence: event.in.map(evidence),
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
      topicIds: [],
      evidence: agreement.in.map(evidence),
      confidence: 0.8,
    })),
    relations: (spec.memberships ?? []).map((membership) => ({
      kind: 'member_of' as const,
      subjectId: membership.countryId,
      objectId: membership.organizationId,
      evidence: evidence(membership.in),
      confidence: 0.8,
    })),
    figures: [],
  };
}
