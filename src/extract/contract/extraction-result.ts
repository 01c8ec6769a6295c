/**
 * The output contract of extraction: what one article yields. This zod schema is the single source:
 * the TypeScript types below are inferred from it, and schema/extraction-result.schema.json is
 * generated from it (`npm run schema:json`; a unit test fails when the file is stale).
 *
 * Versioning: `contractVersion` changes its major number on any change a consumer must adapt to.
 */
import { z } from 'zod';

export const CONTRACT_VERSION = '1.2.0';

const id = z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9._-]*$/, 'expected a kind-prefixed id such as country:kz or person:muhsin-dere');

const localId = z.string().regex(/^[a-z]+[0-9]+$/, 'expected an id local to the article such as e1 or a2');

const confidence = z.number().min(0).max(1).describe('How sure extraction is, from 0 to 1.');

export const evidenceSchema = z
  .object({
    sentence: z.string().min(1).describe('The sentence that states the fact, exactly as in the text.'),
    start: z.number().int().min(0).describe("Offset of the sentence's first character in the article text (UTF-16 units)."),
    end: z.number().int().min(0).describe("Offset just past the sentence's last character."),
  })
  .describe('Where a fact comes from: text.slice(start, end) === sentence.')
  .meta({ id: 'Evidence' });

export const partialDateSchema = z
  .object({
    year: z.number().int().min(1000).max(2999).optional(),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    iso: z
      .string()
      .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/)
      .describe('2022-05-10, 2022-05, 2022, or --05-10 when the year is unknown.'),
    text: z.string().optional().describe('The words the date was read from, such as "on Thursday" or "10 травня".'),
  })
  .describe('A date as precise as the text allows; a part that cannot be resolved is absent, never invented.')
  .meta({ id: 'PartialDate' });

export const entityKindSchema = z.enum(['country', 'person', 'organization', 'place', 'topic']);

export const entitySchema = z
  .object({
    id: id.describe('Canonical id: from the knowledge base when known, else derived from the normalized name.'),
    kind: entityKindSchema,
    name: z.string().min(1).describe('Canonical display name (English where known).'),
    aliases: z.array(z.string()).describe('Other names seen in this article or known for the entity.'),
    known: z.boolean().describe('True when the entity is in the bundled knowledge base.'),
    countryId: id.optional().describe('For places, organizations and persons: the country they belong to or serve.'),
    organizationKind: z.string().optional().describe('For organizations: intergovernmental, ministry, company, media, university ...'),
    mentions: z.array(evidenceSchema).min(1).describe('Every sentence that names the entity.'),
    confidence,
  })
  .meta({ id: 'Entity' });

export const officeHoldingSchema = z
  .object({
    personId: id,
    officeId: id.optional().describe('Canonical office from the knowledge base, such as office:minister-of-defence.'),
    title: z.string().min(1).describe('The title as stated, such as "Deputy National Defense Minister".'),
    countryId: id.optional(),
    organizationId: id.optional(),
    asOf: partialDateSchema.optional().describe('When the article says the person held the office (its publication date by default).'),
    evidence: evidenceSchema,
    confidence,
  })
  .meta({ id: 'OfficeHolding' });

export const eventKindSchema = z.enum([
  'meeting',
  'talks',
  'visit',
  'negotiations',
  'phone_call',
  'press_conference',
  'signing_ceremony',
  'summit',
]);

export const cueSchema = z
  .object({
    text: z.string().min(1).describe('The words that made the fact, as written: "met", "will visit", "signed … memorandum".'),
    rule: z
      .string()
      .min(1)
      .describe('The rule that read them, such as event-word:meeting+held-form or agreement-word:memorandum+status-word:signed.'),
  })
  .describe('Why extraction states the fact: the matched words and the rule that read them.')
  .meta({ id: 'Cue' });

export const eventStatusSchema = z
  .enum(['held', 'planned', 'cancelled', 'denied'])
  .describe(
    'Whether the article says the event took place (held), is to come (planned), was called off (cancelled) or did not happen (denied).',
  );

export const eventSchema = z
  .object({
    id: localId.describe('Local to this article (e1, e2 ...); the loader decides which events of several articles are one.'),
    kind: eventKindSchema,
    status: eventStatusSchema,
    date: partialDateSchema.optional(),
    placeId: id.optional(),
    participantIds: z.array(id).describe('Persons, or countries when only a delegation is named.'),
    topicIds: z.array(id),
    evidence: z.array(evidenceSchema).min(1).describe('Every sentence that describes this same encounter.'),
    cue: cueSchema.describe('The event word of the first sentence, and how its kind and status were read.'),
    confidence,
  })
  .meta({ id: 'Event' });

export const agreementKindSchema = z.enum([
  'agreement',
  'memorandum',
  'joint_declaration',
  'cooperation_plan',
  'treaty',
  'contract',
  'roadmap',
  'protocol',
]);

export const agreementSchema = z
  .object({
    id: localId,
    kind: agreementKindSchema,
    status: z.enum(['signed', 'planned', 'approved', 'declared']),
    subject: z.string().optional().describe('What it is about, as stated: "military cooperation for 2022".'),
    partyIds: z.array(id).describe('Countries, organizations or companies that are parties.'),
    date: partialDateSchema.optional(),
    eventId: localId.optional().describe('The event it was signed or announced at.'),
    topicIds: z.array(id),
    evidence: z.array(evidenceSchema).min(1),
    cue: cueSchema,
    confidence,
  })
  .meta({ id: 'Agreement' });

export const relationSchema = z
  .object({
    kind: z.enum(['member_of', 'accession', 'observer_of', 'partner_of', 'candidate_of']),
    subjectId: id,
    objectId: id,
    date: partialDateSchema.optional(),
    evidence: evidenceSchema,
    confidence,
  })
  .describe('A stated tie between a country and an organization, such as "accession of Belarus to the SCO".')
  .meta({ id: 'Relation' });

export const figureSchema = z
  .object({
    kind: z.string().min(1).describe('trade_volume, investment, ...'),
    value: z.number(),
    unit: z.string().min(1).describe('USD, EUR, tonnes, percent ...'),
    year: z.number().int().optional(),
    subjectIds: z.array(id).describe('Whose figure it is: the countries of a trade volume, for instance.'),
    evidence: evidenceSchema,
    confidence,
  })
  .meta({ id: 'Figure' });

export const articleSchema = z
  .object({
    id: id.describe('article:<hash> from the URL when known, else from the source name, else from the content.'),
    contentHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('sha256 of the article text: an unchanged article has the same hash.'),
    title: z.string().min(1),
    url: z.string().optional(),
    publisher: z.string().optional(),
    author: z.string().optional(),
    dateline: z.string().optional(),
    publishedAt: partialDateSchema.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/)
      .describe('ISO 639-1: en, ru, uk, kk ...'),
    languageConfidence: confidence,
    sourceName: z.string().optional().describe('File name or other label of where the text came from.'),
    text: z.string().describe('The article text that every evidence offset points into.'),
  })
  .meta({ id: 'Article' });

export const extractionResultSchema = z
  .object({
    contractVersion: z.literal(CONTRACT_VERSION),
    knowledgeBaseVersion: z.string().describe('Version of data/knowledge used, for re-extraction decisions.'),
    extractorVersion: z
      .string()
      .describe('Version of the extractor and of the word lists in data/language it read: a change re-reads stored articles.'),
    article: articleSchema,
    entities: z.array(entitySchema),
    offices: z.array(officeHoldingSchema),
    events: z.array(eventSchema),
    agreements: z.array(agreementSchema),
    relations: z.array(relationSchema),
    figures: z.array(figureSchema),
  })
  .describe('Everything Diplograph extracted from one article, each fact with the sentence that states it.')
  .meta({ id: 'ExtractionResult', title: 'Diplograph extraction result' });

export type Evidence = z.infer<typeof evidenceSchema>;
export type PartialDate = z.infer<typeof partialDateSchema>;
export type EntityKind = z.infer<typeof entityKindSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type OfficeHolding = z.infer<typeof officeHoldingSchema>;
export type EventKind = z.infer<typeof eventKindSchema>;
export type EventStatus = z.infer<typeof eventStatusSchema>;
export type Cue = z.infer<typeof cueSchema>;
export type ExtractedEvent = z.infer<typeof eventSchema>;
export type AgreementKind = z.infer<typeof agreementKindSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type ArticleMetadata = z.infer<typeof articleSchema>;
export type ExtractionResult = z.infer<typeof extractionResultSchema>;
