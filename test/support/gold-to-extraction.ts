import { createHash } from 'node:crypto';
import { CONTRACT_VERSION, type Entity, type EntityKind, type ExtractionResult } from '../../src/extract/contract/extraction-result.ts';
import { resolveGoldParticipant, type GoldArticle } from '../../src/extract/evaluation/gold-schema.ts';
import { partialDate } from './extraction-builder.ts';

const TEXT = 'Everything this result states comes from this sentence.';
const EVIDENCE = { sentence: TEXT, start: 0, end: TEXT.length };

function slug(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'unnamed'
  );
}

/**
 * The extraction result a perfect extractor would give for a gold annotation, optional facts included:
 * scoring it must give 1.0 everywhere. Names the knowledge base lacks get ids derived from the name.
 */
export function goldToExtraction(gold: GoldArticle): ExtractionResult {
  const entity = (id: string, kind: EntityKind, name: string, known: boolean, aliases: string[] = []): Entity => ({
    id,
    kind,
    name,
    aliases,
    known,
    mentions: [EVIDENCE],
    confidence: 1,
  });
  const personIds = gold.persons.map((person) => person.id ?? `person:${slug(person.name)}`);
  const named = (kind: EntityKind, prefix: string, items: GoldArticle['organizations']) =>
    items.map((item) =>
      typeof item === 'string'
        ? entity(item, kind, item, true)
        : 'id' in item
          ? entity(item.id, kind, item.id, true)
          : entity(`${prefix}:${slug(item.name)}`, kind, item.name, false, item.aliases),
    );
  const participantId = (participant: string) => {
    const resolved = resolveGoldParticipant(gold.persons, participant)!;
    return 'person' in resolved ? personIds[resolved.person]! : resolved.id;
  };
  return {
    contractVersion: CONTRACT_VERSION,
    extractorVersion: 'gold',
    knowledgeBaseVersion: 'gold',
    article: {
      id: `article:${slug(gold.article)}`,
      contentHash: createHash('sha256').update(TEXT).digest('hex'),
      title: gold.article,
      ...(gold.publishedAt === null ? {} : { publishedAt: partialDate(gold.publishedAt.slice(0, 10)) }),
      language: gold.language,
      languageConfidence: 1,
      text: TEXT,
    },
    entities: [
      ...gold.persons.map((person, index) => entity(personIds[index]!, 'person', person.name, person.id !== null, person.aliases)),
      ...named('organization', 'org', gold.organizations),
      ...named('place', 'place', gold.places),
      ...(gold.countries ?? []).map((country) => entity(typeof country === 'string' ? country : country.id, 'country', 'country', true)),
    ],
    offices: gold.persons.flatMap((person, index) =>
      person.offices.map((office) => ({
        personId: personIds[index]!,
        officeId: office.officeId,
        title: office.officeId,
        ...(office.countryId === undefined ? {} : { countryId: office.countryId }),
        ...(office.organizationId === undefined ? {} : { organizationId: office.organizationId }),
        evidence: EVIDENCE,
        confidence: 1,
      })),
    ),
    events: gold.events.map((event, index) => ({
      id: `e${index + 1}`,
      kind: Array.isArray(event.kind) ? event.kind[0]! : event.kind,
      status: 'held' as const,
      cue: { text: 'gold', rule: 'gold' },
      ...(event.date === null ? {} : { date: partialDate(event.date) }),
      ...(event.placeId === null ? {} : { placeId: event.placeId }),
      participantIds: event.participants.map(participantId),
      topicIds: [],
      evidence: [EVIDENCE],
      confidence: 1,
    })),
    agreements: gold.agreements.map((agreement, index) => ({
      id: `a${index + 1}`,
      kind: Array.isArray(agreement.kind) ? agreement.kind[0]! : agreement.kind,
      status: agreement.status,
      partyIds: agreement.parties,
      ...(agreement.date === null ? {} : { date: partialDate(agreement.date) }),
      topicIds: [],
      evidence: [EVIDENCE],
      cue: { text: 'gold', rule: 'gold' },
      confidence: 1,
    })),
    relations: gold.relations.map((relation) => ({ ...relation, evidence: EVIDENCE, confidence: 1 })),
    figures: (gold.figures ?? []).map((figure) => ({
      kind: figure.kind,
      value: figure.value,
      unit: figure.unit,
      ...(figure.year === null ? {} : { year: figure.year }),
      subjectIds: [],
      evidence: EVIDENCE,
      confidence: 1,
    })),
  };
}
