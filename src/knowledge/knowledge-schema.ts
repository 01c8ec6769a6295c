/**
 * The shape of every file in data/knowledge/. These zod schemas are the single source: the TypeScript
 * types below are inferred from them, and the loader reports any mismatch as file, record, field and
 * what was expected. Objects are strict, so a misspelt field ("wikidataID") is an error, not a silent gap.
 *
 * Rules that span records or files (unique ids, references, ambiguous names) are checked afterwards,
 * in check-references.ts and name-index.ts.
 */
import { z } from 'zod';

export const LANGUAGES = ['en', 'ru', 'uk', 'kk'] as const;
export const languageSchema = z.enum(LANGUAGES);

export const ENTITY_KINDS = ['country', 'org', 'person', 'place', 'topic', 'office'] as const;
export type KnowledgeKind = (typeof ENTITY_KINDS)[number];

/** A graph key such as country:kz or person:muhsin-dere: lowercase ASCII words joined by hyphens. */
export function idOf<Kind extends KnowledgeKind>(kind: Kind) {
  return z
    .string()
    .regex(new RegExp(`^${kind}:[a-z0-9]+(-[a-z0-9]+)*$`), `an id of the form ${kind}:lowercase-ascii-words`)
    .transform((value) => value as `${Kind}:${string}`);
}

/** Any id of the base, whatever its kind: used where a field may point at several kinds. */
export const anyIdSchema = z
  .string()
  .regex(/^(country|org|person|place|topic|office):[a-z0-9]+(-[a-z0-9]+)*$/, 'an id such as country:kz or org:sco');

const text = z
  .string()
  .min(1, 'a non-empty string')
  .refine((value) => value === value.trim() && !/\s{2}/.test(value), 'a string without leading, trailing or doubled spaces');

export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');

export const wikidataIdSchema = z
  .string()
  .regex(/^Q[1-9]\d*$/, 'a Wikidata id such as Q232')
  .nullable()
  .describe('null when the id is not known for sure: a wrong id is worse than none');

const nameList = z.array(text).min(1, 'at least one name');

/** Names by language; the first name of a language is the one to display. */
export const localizedNamesSchema = z.strictObject({
  en: nameList.optional(),
  ru: nameList.optional(),
  uk: nameList.optional(),
  kk: nameList.optional(),
});
const namesWithEnglish = localizedNamesSchema.extend({ en: nameList });
const namesForCountry = localizedNamesSchema.extend({ en: nameList, ru: nameList, uk: nameList });

export const formerNameSchema = z.strictObject({
  names: localizedNamesSchema,
  from: partialDateSchema.optional(),
  to: partialDateSchema.optional(),
});

/**
 * A word that inflects (adjectives, demonyms): the lemma is matched as written, and every stem followed
 * by one of the endings of the named paradigm (inflection.json) is matched too, so that "казахського"
 * resolves through the stem "казахськ".
 */
export const wordFormSchema = z
  .strictObject({
    lemma: text,
    stems: z.array(text).min(1, 'at least one stem').optional(),
    paradigm: z.string().min(1).optional(),
  })
  .refine((form) => (form.stems === undefined) === (form.paradigm === undefined), {
    message: 'stems and paradigm together (a paradigm names the endings the stems take), or neither',
    path: ['paradigm'],
  });

const wordFormsByLanguage = z.strictObject({
  en: z.array(wordFormSchema).min(1).optional(),
  ru: z.array(wordFormSchema).min(1).optional(),
  uk: z.array(wordFormSchema).min(1).optional(),
  kk: z.array(wordFormSchema).min(1).optional(),
});

export const capitalSchema = z.strictObject({
  id: idOf('place'),
  wikidataId: wikidataIdSchema,
  names: namesWithEnglish,
  aliases: localizedNamesSchema.optional(),
  formerNames: z.array(formerNameSchema).optional(),
});

export const countrySchema = z.strictObject({
  id: idOf('country'),
  iso2: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as KZ'),
  iso3: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code such as KAZ'),
  wikidataId: wikidataIdSchema,
  status: z.enum(['un-member', 'un-observer', 'limited-recognition']),
  names: namesForCountry,
  officialNames: localizedNamesSchema.optional(),
  aliases: localizedNamesSchema.optional(),
  capital: capitalSchema.nullable().describe('null for city-states, whose capital is the state itself'),
  adjectives: wordFormsByLanguage.optional(),
  demonyms: wordFormsByLanguage.optional(),
});

export const ORGANIZATION_KINDS = [
  'intergovernmental',
  'intergovernmental-body',
  'ministry',
  'government-agency',
  'military',
  'company',
  'media',
  'university',
  'ngo',
  'exhibition',
] as const;

export const MEMBERSHIP_STATUSES = [
  'member',
  'permanent-member',
  'associate-member',
  'observer',
  'dialogue-partner',
  'partner',
  'candidate',
] as const;

export const membershipSchema = z.strictObject({
  memberId: anyIdSchema,
  status: z.enum(MEMBERSHIP_STATUSES),
  since: partialDateSchema.optional(),
  until: partialDateSchema.optional(),
  note: text.optional(),
});

export const organizationSchema = z
  .strictObject({
    id: idOf('org'),
    kind: z.enum(ORGANIZATION_KINDS),
    names: namesWithEnglish,
    acronyms: localizedNamesSchema.optional(),
    aliases: localizedNamesSchema.optional(),
    formerNames: z.array(formerNameSchema).optional(),
    wikidataId: wikidataIdSchema,
    countryId: idOf('country').optional(),
    parentId: idOf('org').optional(),
    seatId: idOf('place')
      .optional()
      .describe('the city a residence or office sits in: a meeting "in" it ("в Акорде", "Ақордада") took place in that city'),
    founded: partialDateSchema.optional(),
    dissolved: partialDateSchema.optional(),
    membersAsOf: partialDateSchema.optional(),
    membersComplete: z.boolean().optional().describe('true when every member state that is in the base is listed'),
    memberships: z.array(membershipSchema).optional(),
    note: text.optional(),
  })
  .refine((organization) => organization.memberships === undefined || organization.membersAsOf !== undefined, {
    message: 'membersAsOf, the date the memberships are true of, whenever memberships are listed',
    path: ['membersAsOf'],
  });

export const officeSchema = z.strictObject({
  id: idOf('office'),
  rank: z.number().int().min(1).max(9).describe('1 head of state ... 9 junior; used to order and compare offices'),
  scope: z.enum(['country', 'organization']).describe('whether a holder serves a country or an organization'),
  names: namesWithEnglish,
  deputyOfficeId: idOf('office').optional().describe('the office a deputy marker ("Deputy", "заступник") turns this one into'),
  titleAsStated: z
    .literal(true)
    .optional()
    .describe(
      'a catch-all office (any minister whose portfolio has none of its own): a holding keeps the title the article states, portfolio and all, instead of the office name',
    ),
  note: text.optional(),
});

/** Words that turn a title into its deputy, first-deputy or acting form, by language. */
export const officeQualifierSchema = z.strictObject({
  id: z.enum(['deputy', 'first-deputy', 'acting', 'former']),
  markers: localizedNamesSchema,
});

export const officeHoldingSchema = z
  .strictObject({
    officeId: idOf('office'),
    countryId: idOf('country').optional(),
    organizationId: idOf('org').optional(),
    from: partialDateSchema.optional(),
    to: partialDateSchema.optional(),
    current: z.boolean().optional().describe('true when still held on the manifest asOf date'),
    note: text.optional(),
  })
  .refine((holding) => !(holding.current === true && holding.to !== undefined), {
    message: 'either current: true or an end date, not both',
    path: ['current'],
  });

export const affiliationSchema = z.strictObject({
  organizationId: idOf('org'),
  role: text,
  from: partialDateSchema.optional(),
  to: partialDateSchema.optional(),
});

export const personSchema = z.strictObject({
  id: idOf('person'),
  name: text.describe('canonical English name'),
  names: namesWithEnglish,
  surnames: localizedNamesSchema.optional().describe('the surname alone, as articles use it on second mention'),
  inflectedForms: localizedNamesSchema.optional().describe('inflected forms that regular endings do not produce'),
  epithets: localizedNamesSchema
    .optional()
    .describe('a one-word title that names this person alone in the press, read like a surname: "Елбасы", "Elbasy"'),
  gender: z.enum(['female', 'male']).optional(),
  wikidataId: wikidataIdSchema,
  countryId: idOf('country').optional(),
  offices: z.array(officeHoldingSchema).optional(),
  affiliations: z.array(affiliationSchema).optional(),
  description: text.optional(),
  sources: z
    .array(z.url("a URL of a public page that states the record's facts"))
    .min(1)
    .optional()
    .describe('where the names and offices were read'),
});

export const PLACE_KINDS = ['city', 'region', 'province', 'sea', 'lake', 'airport', 'port', 'landmark'] as const;

export const placeSchema = z.strictObject({
  id: idOf('place'),
  kind: z.enum(PLACE_KINDS),
  countryId: idOf('country').optional(),
  names: namesWithEnglish,
  aliases: localizedNamesSchema.optional(),
  formerNames: z.array(formerNameSchema).optional(),
  wikidataId: wikidataIdSchema,
  metonymFor: anyIdSchema.optional().describe('what the name stands for when used figuratively ("the Kremlin said")'),
  cityId: idOf('place').optional().describe('the city a landmark or building stands in: a meeting "in the Kremlin" took place in Moscow'),
});

/** A keyword pattern: words separated by single spaces; a word ending in * matches any continuation. */
export const keywordPatternSchema = z
  .string()
  .regex(/^[\p{L}\p{N}'’.-]+\*?( [\p{L}\p{N}'’.-]+\*?)*$/u, 'words separated by single spaces, each optionally ending in * (prefix match)');

export const topicSchema = z.strictObject({
  id: idOf('topic'),
  names: namesWithEnglish,
  keywords: z.strictObject({
    en: z.array(keywordPatternSchema).min(1, 'at least one keyword'),
    ru: z.array(keywordPatternSchema).min(1, 'at least one keyword'),
    uk: z.array(keywordPatternSchema).min(1, 'at least one keyword'),
    kk: z.array(keywordPatternSchema).min(1).optional(),
  }),
});

export const paradigmSchema = z.strictObject({
  id: z.string().regex(/^[a-z]{2}-[a-z-]+$/, 'a paradigm id such as ru-adjective'),
  language: languageSchema,
  endings: z.array(z.string()).min(1, 'at least one ending ("" for the bare stem)'),
});

export const ambiguousNameSchema = z.strictObject({
  name: text,
  language: languageSchema.optional().describe('the language the name is written in; the same key in another language is covered too'),
  ids: z.array(anyIdSchema).min(1, 'at least one id'),
  preferredId: anyIdSchema.optional().describe('the reading to take when the context does not decide'),
  note: text,
});

export const KNOWLEDGE_FILE_KINDS = [
  'countries',
  'organizations',
  'offices',
  'persons',
  'places',
  'topics',
  'inflection',
  'ambiguous-names',
] as const;
export type KnowledgeFileKind = (typeof KNOWLEDGE_FILE_KINDS)[number];

export const manifestSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a semantic version such as 1.0.0'),
  asOf: partialDateSchema.describe('the date the facts (memberships, current offices) are true of'),
  files: z
    .array(
      z.strictObject({ kind: z.enum(KNOWLEDGE_FILE_KINDS), path: z.string() }).refine((entry) => entry.path === `${entry.kind}.json`, {
        message: 'the file named after its kind, such as countries.json',
        path: ['path'],
      }),
    )
    .min(1),
});

const recordsOf = <Record extends z.ZodType>(record: Record) => z.strictObject({ records: z.array(record) });

export const KNOWLEDGE_FILE_SCHEMAS = {
  countries: recordsOf(countrySchema),
  organizations: recordsOf(organizationSchema),
  offices: z.strictObject({ qualifiers: z.array(officeQualifierSchema), records: z.array(officeSchema) }),
  persons: recordsOf(personSchema),
  places: recordsOf(placeSchema),
  topics: recordsOf(topicSchema),
  inflection: recordsOf(paradigmSchema),
  'ambiguous-names': recordsOf(ambiguousNameSchema),
} as const satisfies Record<KnowledgeFileKind, z.ZodType>;

export type KnowledgeFiles = { [Kind in KnowledgeFileKind]: z.infer<(typeof KNOWLEDGE_FILE_SCHEMAS)[Kind]> };

export type Language = z.infer<typeof languageSchema>;
export type LocalizedNames = z.infer<typeof localizedNamesSchema>;
export type FormerName = z.infer<typeof formerNameSchema>;
export type WordForm = z.infer<typeof wordFormSchema>;
export type Capital = z.infer<typeof capitalSchema>;
export type Country = z.infer<typeof countrySchema>;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
export type Membership = z.infer<typeof membershipSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Office = z.infer<typeof officeSchema>;
export type OfficeQualifier = z.infer<typeof officeQualifierSchema>;
export type OfficeHolding = z.infer<typeof officeHoldingSchema>;
export type Affiliation = z.infer<typeof affiliationSchema>;
export type Person = z.infer<typeof personSchema>;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type PlaceRecord = z.infer<typeof placeSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Paradigm = z.infer<typeof paradigmSchema>;
export type AmbiguousName = z.infer<typeof ambiguousNameSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
