/**
 * The gold annotation of one article: what a careful human reader says the article states. The scorer
 * compares an ExtractionResult against it. The format is described for annotators in
 * test/fixtures/gold/README.md; this schema is the authoritative definition.
 *
 * Every list item may be marked `optional`: a fact that a reader may or may not take from the text
 * (a news agency named as the source, a visit implied by a meeting). An optional item that is found is
 * neither rewarded nor punished; one that is missed is not a miss.
 */
import { z } from 'zod';
import { agreementKindSchema, eventKindSchema } from '../contract/extraction-result.ts';

const knowledgeId = (kind: string) =>
  z.string().regex(new RegExp(`^${kind}:[a-z0-9][a-z0-9._-]*$`), `expected a knowledge-base id such as ${kind}:…`);

const anyId = z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9._-]*$/, 'expected a kind-prefixed id such as country:kz');

/** 2022-05-10, 2022-05, 2022, or --05-10 when the article gives no year. */
export const goldDateSchema = z
  .string()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/, 'expected an ISO partial date: 2022-05-10, 2022-05, 2022 or --05-10');

const optional = z.boolean().optional().describe('True when finding it is neither required nor wrong.');

export const goldOfficeSchema = z
  .object({
    officeId: knowledgeId('office'),
    countryId: knowledgeId('country').optional(),
    organizationId: knowledgeId('org').optional(),
    optional,
  })
  .refine((office) => office.countryId !== undefined || office.organizationId !== undefined, {
    message: 'an office needs the countryId (or organizationId) it is held in',
  });

export const goldPersonSchema = z.object({
  id: knowledgeId('person').nullable().describe('The knowledge-base id, or null when the base does not know the person.'),
  name: z.string().min(1).describe('Canonical English spelling in Latin script.'),
  aliases: z.array(z.string().min(1)).default([]).describe('Other spellings that count as the same person (Cyrillic, variants).'),
  offices: z.array(goldOfficeSchema).default([]),
  optional,
});

/** An organization or place: its knowledge-base id, or its name when the base does not know it. */
const namedThing = (kind: string) =>
  z.union([
    knowledgeId(kind),
    z.object({ id: knowledgeId(kind), optional }),
    z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).default([]), optional }),
  ]);

export const goldEventSchema = z.object({
  kind: z
    .union([eventKindSchema, z.array(eventKindSchema).min(1)])
    .describe('The kind, or the kinds a reader would accept; meeting, talks and negotiations are one family anyway.'),
  date: goldDateSchema.nullable().default(null),
  placeId: knowledgeId('place').nullable().default(null),
  participants: z
    .array(z.string().min(1))
    .min(1)
    .describe('Person ids or names of the persons list, or country/organization ids for a delegation.'),
  optional,
});

export const goldAgreementSchema = z.object({
  kind: z.union([agreementKindSchema, z.array(agreementKindSchema).min(1)]),
  status: z.enum(['signed', 'planned', 'approved', 'declared']),
  parties: z.array(anyId),
  date: goldDateSchema.nullable().default(null),
  optional,
});

export const goldRelationSchema = z.object({
  kind: z.enum(['member_of', 'accession', 'observer_of', 'partner_of', 'candidate_of']),
  subjectId: anyId,
  objectId: anyId,
  optional,
});

export const goldFigureSchema = z.object({
  kind: z.string().min(1),
  value: z.number(),
  unit: z.string().min(1),
  year: z.number().int().nullable().default(null),
  optional,
});

export const goldArticleSchema = z
  .object({
    article: z.string().min(1).describe('The article file name, such as 001_95dcadb0da9ff234.txt.'),
    language: z.string().regex(/^[a-z]{2}$/, 'expected an ISO 639-1 code such as en, ru, uk'),
    publishedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, 'expected 2022-05-11 or 2022-05-11T16:47')
      .nullable(),
    notes: z.string().optional().describe('Annotation decisions a later reader should know.'),
    persons: z.array(goldPersonSchema),
    organizations: z.array(namedThing('org')).default([]),
    places: z.array(namedThing('place')).default([]),
    countries: z
      .array(z.union([knowledgeId('country'), z.object({ id: knowledgeId('country'), optional })]))
      .optional()
      .describe('Countries the article treats as actors or subjects; absent means countries are not scored.'),
    events: z.array(goldEventSchema).default([]),
    agreements: z.array(goldAgreementSchema).default([]),
    relations: z.array(goldRelationSchema).default([]),
    figures: z.array(goldFigureSchema).optional().describe('Absent means figures are not scored for this article.'),
    mustNotContain: z.array(z.string().min(1)).default([]).describe("Text that no fact's evidence may contain (page clutter)."),
  })
  .superRefine((gold, context) => {
    gold.events.forEach((event, eventIndex) => {
      for (const participant of event.participants) {
        if (resolveGoldParticipant(gold.persons, participant) === undefined) {
          context.addIssue({
            code: 'custom',
            path: ['events', eventIndex, 'participants'],
            message: `"${participant}" is neither a person of the persons list (by id, name or alias) nor a country or organization id`,
          });
        }
      }
    });
  });

export type GoldArticle = z.infer<typeof goldArticleSchema>;
export type GoldPerson = z.infer<typeof goldPersonSchema>;
export type GoldEvent = z.infer<typeof goldEventSchema>;
export type GoldAgreement = z.infer<typeof goldAgreementSchema>;
export type GoldRelation = z.infer<typeof goldRelationSchema>;
export type GoldFigure = z.infer<typeof goldFigureSchema>;
export type GoldInput = z.input<typeof goldArticleSchema>;

/**
 * What an event participant of the gold stands for: a person of the persons list (by index), or a
 * country or organization (a delegation), by id. Undefined when it names nothing.
 */
export function resolveGoldParticipant(
  persons: ReadonlyArray<Pick<GoldPerson, 'id' | 'name' | 'aliases'>>,
  participant: string,
): { person: number } | { id: string } | undefined {
  const byId = persons.findIndex((person) => person.id !== null && person.id === participant);
  if (byId >= 0) return { person: byId };
  const byName = persons.findIndex((person) => person.name === participant || person.aliases.includes(participant));
  if (byName >= 0) return { person: byName };
  if (/^(country|org):[a-z0-9][a-z0-9._-]*$/.test(participant)) return { id: participant };
  return undefined;
}

/** Parses and validates a gold file's JSON; throws a zod error listing every problem. */
export function parseGold(json: unknown): GoldArticle {
  return goldArticleSchema.parse(json);
}
