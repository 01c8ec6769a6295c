/**
 * Reads the word lists of the entity stage (data/language/entity-words.json) and the declension rules
 * of Russian and Ukrainian names (data/language/name-declension.json), checked with zod so that a
 * broken edit names the file and the field instead of failing somewhere in the scanner.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../config/project-root.ts';

const LANGUAGE_DIRECTORY = path.join(PROJECT_ROOT, 'data', 'language');

const words = z.array(z.string().min(1));
const byLanguage = z.strictObject({ en: words, ru: words, uk: words, kk: words });

export const entityWordsSchema = z.strictObject({
  version: z.string(),
  description: z.string(),
  honorifics: byLanguage,
  roleWords: byLanguage,
  /** Military and diplomatic ranks: they introduce a name, and may stand between a title and the name, but are not offices. */
  ranks: byLanguage,
  /** Titles that, held in a ministry ("State Secretary of the Ministry of …"), rank as its deputy minister. */
  ministryDeputyTitles: byLanguage,
  /** Words of a ministry's portfolio ("Energy", "энергетики"); a Cyrillic entry ending in * matches any ending. */
  portfolioWords: byLanguage,
  /** Prepositions inside a portfolio ("Minister for Foreign Affairs", "министр по делам …"). */
  portfolioPrepositions: byLanguage,
  counterpartWords: byLanguage,
  nameParticles: words,
  notNames: byLanguage,
  titleConnectors: byLanguage,
  /** "and", Kazakh "мен": what joins two titled persons of one country ("… премьер-министрінің орынбасары Мәмин мен Сыртқы істер министрі …"). */
  sharedCountryConnectors: byLanguage,
  complementWords: byLanguage,
  /** What completes a title after its country, before the name: "Representative of the President of Azerbaijan on Special Assignments Khalaf Khalafov". */
  titleCompletions: byLanguage,
  /** Words before the country or organization a title serves in, not for ("Ambassador to Kazakhstan", "посол в Казахстане"). */
  hostComplementWords: byLanguage,
  /** Articles that may stand between a name and the title after it ("Name, the Foreign Minister of …"). */
  titleArticles: byLanguage,
  /**
   * Words that name a country's head of state only right after the country: the Kazakh "басшысы" (head) is the
   * President in "Ресей басшысы Владимир Путин" and "Тәжікстан басшысы Эмомали Рахмон", not in "СІМ басшысы".
   */
  countryHeadTitles: z.strictObject({ officeId: z.string().regex(/^office:[a-z0-9-]+$/), words: byLanguage }),
  /** Phrases that name the head of a delegation ("led by", "во главе с"): the head belongs to the delegation's country. */
  leaderPhrases: byLanguage,
  delegationWords: byLanguage,
  placePrepositions: byLanguage,
  reportingVerbs: byLanguage,
  organizationLegalForms: byLanguage,
  organizationHeads: z.record(z.string(), words),
  ministryWords: z.record(z.string(), z.strictObject({ ministry: words, minister: z.string().min(1) })),
  ministryAbbreviations: z.record(z.string(), z.string().regex(/^office:[a-z0-9-]+$/)),
  /** A plural title and its singular ("foreign ministers": "Foreign Minister"), for lists of holders by country. */
  pluralTitles: z.strictObject({
    en: z.record(z.string(), z.string().min(1)),
    ru: z.record(z.string(), z.string().min(1)),
    uk: z.record(z.string(), z.string().min(1)),
    kk: z.record(z.string(), z.string().min(1)),
  }),
});

const nameEnding = z.strictObject({ ending: z.string().min(1), nominative: z.string(), after: z.string().min(1).optional() });

export const nameDeclensionSchema = z.strictObject({
  version: z.string(),
  description: z.string(),
  minimumStem: z.number().int().min(1),
  rules: z.array(
    z.strictObject({
      ending: z.string(),
      forms: words,
      /** Only words of person names take these forms ("Лукашенко" -> "Лукашенком"), not a place of that name. */
      personNames: z.boolean().optional(),
      note: z.string().optional(),
    }),
  ),
  compoundForms: z.record(z.string(), words),
  /** Endings of a masculine adjective lemma, to which its feminine and neuter lemmas' forms return ("генеральной"). */
  adjectiveLemmaEndings: words,
  /** Words whose stem changes ("посол", "посла"): the stem and the endings it takes, instead of the rules. */
  irregularForms: z.record(z.string(), z.strictObject({ stem: z.string().min(1), forms: words, note: z.string().optional() })),
  /** Endings of a title word that tell its case. */
  titleCases: z.strictObject({ description: z.string(), genitive: words, dative: words, instrumental: words }),
  /** Kazakh endings after a name or title word ("Ердоғанмен", "Президентімен"): case, and possessive + case. */
  kazakhSuffixes: z.strictObject({
    description: z.string(),
    minimumStem: z.number().int().min(2),
    /** The shortest name word that takes the endings ('үй' of 'Ақ үй': 'Ақ үйде'). */
    minimumWord: z.number().int().min(1),
    case: words,
    /** The genitive endings among `case` and `possessive` ('Республикасының', 'басшыларының'). */
    genitive: words,
    possessive: words,
  }),
  /** How a name word in a known case returns to its nominative, by language. */
  nameCases: z.strictObject({
    description: z.string(),
    languages: z.record(
      z.string(),
      z.strictObject({ genitive: z.array(nameEnding), dative: z.array(nameEnding), instrumental: z.array(nameEnding) }),
    ),
  }),
});

export type EntityWords = z.infer<typeof entityWordsSchema>;
export type NameDeclension = z.infer<typeof nameDeclensionSchema>;

function readJson<Schema extends z.ZodType>(file: string, schema: Schema): z.infer<Schema> {
  const location = path.join(LANGUAGE_DIRECTORY, file);
  const parsed = schema.safeParse(JSON.parse(readFileSync(location, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw new Error(`${location} does not have the expected shape (${problems}); fix the file and run again.`);
  }
  return parsed.data;
}

let cached: { words: EntityWords; declension: NameDeclension } | undefined;

export function loadLanguageData(): { words: EntityWords; declension: NameDeclension } {
  cached ??= {
    words: readJson('entity-words.json', entityWordsSchema),
    declension: readJson('name-declension.json', nameDeclensionSchema),
  };
  return cached;
}
