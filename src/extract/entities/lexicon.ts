import { transliterate } from 'transliteration';
import type { EntityKind } from '../contract/extraction-result.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import type { Language, LocalizedNames, WordForm } from '../../knowledge/knowledge-schema.ts';
import { LANGUAGES } from '../../knowledge/knowledge-schema.ts';
import { normalizeName } from '../../knowledge/normalize-name.ts';
import { resolveOfficeTitle } from '../../knowledge/office-titles.ts';
import type { NameForm } from '../../knowledge/name-index.ts';
import { boundedMemo } from '../../knowledge/bounded-memo.ts';
import { createDecliner, type Decliner } from './declension.ts';
import { loadLanguageData, type EntityWords } from './language-data.ts';
import { PhraseIndex, PhraseTable, type CaseRule, type PhraseOpening } from './phrase-index.ts';
import { nameWords, normalizeWord, readMatchedWord, type WordReading } from './tokens.ts';

/** A knowledge-base entity a phrase may name. */
export interface EntityCandidate {
  readonly id: string;
  readonly kind: EntityKind;
  readonly form: NameForm;
  readonly language: Language;
}

/** A phrase that is not a name but tells what the names around it are. */
export type Cue =
  /** `afterCountry`: a title only right after the country it serves ("Ресей басшысы"). */
  | { readonly type: 'office'; readonly officeId: string; readonly afterCountry?: true }
  | { readonly type: 'qualifier'; readonly qualifierId: string }
  | { readonly type: 'role' }
  | { readonly type: 'counterpart' }
  | { readonly type: 'honorific' }
  | { readonly type: 'rank' }
  | { readonly type: 'leader' }
  | { readonly type: 'ministry'; readonly minister: string }
  | { readonly type: 'ministry-abbreviation'; readonly officeId: string }
  | { readonly type: 'legal-form' }
  | { readonly type: 'organization-head'; readonly organizationKind: string }
  /** A publisher, or any name inside a dateline or credit: who reports, never who acts. */
  | { readonly type: 'credit' };

export interface KnownPersonKeys {
  readonly id: string;
  /** Latin surnames and first names, lower case letters only. */
  readonly surnames: readonly string[];
  readonly firstNames: readonly string[];
}

/** A word as the scan reads it (Lexicon.scanWord). */
export interface ScanWord extends WordReading {
  readonly key: string;
  readonly entityOpening: PhraseOpening<EntityCandidate> | undefined;
  readonly cueOpening: PhraseOpening<Cue> | undefined;
}

/** Everything the scanner needs from one knowledge base, built once and reused for every article. */
export interface Lexicon {
  readonly knowledge: KnowledgeBase;
  readonly words: EntityWords;
  readonly decliner: Decliner;
  /** The nominative of a normalized word when it is a case form of a known name or title word, else the word. */
  canonical(norm: string): string;
  /**
   * What the scan needs of a word as matched, in one lookup: its reading (readMatchedWord), its canonical
   * form and the runs of the names and of the cue phrases that start with it (PhraseIndex.openingOf). The
   * scan had asked four memos for every word (the reading, the canonical form, then each index's first-word
   * run), and a lookup in a memo costs more than its work suggests. Pinned, in-process A/B over the sample
   * articles, entity stage: three lookups made one, 0.46 -> 0.38 ms CPU per article; the reading folded in
   * too, 0.74 -> 0.65 and 0.62 -> 0.55 (a busier machine).
   */
  readonly scanWord: (matched: string) => ScanWord;
  /** The languages whose names of persons use a word as it stands ("дмитрий": ru), for Cyrillic name words. */
  nameWordLanguages(norm: string): ReadonlySet<Language> | undefined;
  readonly entities: PhraseIndex<EntityCandidate>;
  readonly cues: PhraseIndex<Cue>;
  /** Organizations the base knows as media (news agencies, portals): they report, so they are never facts. */
  readonly publisherIds: ReadonlySet<string>;
  /** Canonical words that are never part of a personal name. */
  readonly notNames: ReadonlySet<string>;
  /** Canonical words of the notNames list alone (not title words): what ends a portfolio ("Tuesday", "The"). */
  readonly stopWords: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  readonly titleConnectors: PhraseTable;
  /** What joins two titled persons, the second of whom serves the first's country when no other is given. */
  readonly sharedCountryConnectors: ReadonlySet<string>;
  readonly complementWords: PhraseTable;
  /** "on Special Assignments", "по особым поручениям": the end of a title, after its country. */
  readonly titleCompletions: PhraseTable;
  readonly hostComplementWords: PhraseTable;
  readonly titleArticles: PhraseTable;
  readonly delegationWords: ReadonlySet<string>;
  readonly portfolioPrepositions: PhraseTable;
  /** Canonical phrases of plural titles ("foreign ministers") and the office their singular names. */
  readonly pluralTitles: PhraseTable<string>;
  /** Canonical phrases of titles that rank as a deputy minister when held in a ministry. */
  readonly ministryDeputyTitles: PhraseTable;
  /** Canonical forms of the word for a minister in each language ("minister", "министр"). */
  readonly ministerWords: ReadonlySet<string>;
  /** The word for a minister by language, to turn a ministry's portfolio into a minister's title. */
  readonly ministerWordOf: ReadonlyMap<string, string>;
  /** The office a bare minister word names, and its deputy: the generic offices a portfolio can make specific. */
  readonly genericMinisterOfficeId?: string;
  readonly genericDeputyMinisterOfficeId?: string;
  /** Whether a normalized word may belong to a ministry's portfolio ("energy", "энергетики"). */
  isPortfolioWord(norm: string): boolean;
  readonly placePrepositions: ReadonlySet<string>;
  readonly reportingVerbs: ReadonlySet<string>;
  readonly knownPersons: readonly KnownPersonKeys[];
  /** Every organization of the base with its names normalized, for near matches of names found by pattern. */
  readonly knownOrganizations: ReadonlyArray<{
    readonly id: string;
    readonly kind: string;
    readonly countryId?: string;
    readonly names: readonly string[];
  }>;
  /** resolveOfficeTitle, remembered per title: articles repeat the same few titles. */
  officeOf(title: string): string | undefined;
}

const KIND_OF_PREFIX: Record<string, EntityKind> = {
  country: 'country',
  org: 'organization',
  person: 'person',
  place: 'place',
  topic: 'topic',
};

/**
 * Lower-case Latin letters of a name in any script: the key spelling variants are compared under.
 * Memoized: every article asks it again for the names it meets (each known person's first name and
 * surname, each lone surname), and transliterating a word costs more than one lookup.
 */
export const latinKey: (text: string) => string = boundedMemo((text) =>
  transliterate(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, ''),
);

/**
 * A Ukrainian hard adjective and the Russian one of the same stem ("валютний", "валютный") share their case
 * forms ("валютного", "валютному"), which went to whichever lemma came first: the other then missed its own
 * forms, and "Міжнародного валютного фонду" did not read as "Міжнародний валютний фонд". The two lemmas are
 * one word for matching: the one that lost its forms is read as the one that took them.
 */
function joinTwinAdjectives(lemmas: ReadonlySet<string>, nominativeOf: Map<string, string>): void {
  const joined = new Map<string, string>();
  for (const lemma of lemmas) {
    if (!lemma.endsWith('ый')) continue;
    const stem = lemma.slice(0, -2);
    const twins = [lemma, `${stem}ий`];
    if (!lemmas.has(twins[1]!)) continue;
    const winner = nominativeOf.get(`${stem}ого`);
    const loser = twins.find((twin) => twin !== winner);
    if (winner === undefined || !twins.includes(winner) || loser === undefined || nominativeOf.has(loser)) continue;
    joined.set(loser, winner);
  }
  if (joined.size === 0) return;
  // Forms read as the losing lemma ("генеральна", a feminine lemma of its own, read as "генеральний") follow it.
  for (const [form, lemma] of nominativeOf) {
    const winner = joined.get(lemma);
    if (winner !== undefined) nominativeOf.set(form, winner);
  }
  for (const [loser, winner] of joined) nominativeOf.set(loser, winner);
}

const cache = new WeakMap<KnowledgeBase, Lexicon>();

export function lexiconFor(knowledge: KnowledgeBase): Lexicon {
  let lexicon = cache.get(knowledge);
  if (lexicon === undefined) {
    lexicon = buildLexicon(knowledge);
    cache.set(knowledge, lexicon);
  }
  return lexicon;
}

interface Phrase {
  readonly text: string;
  readonly language?: Language;
}

function localized(names: LocalizedNames | undefined): Phrase[] {
  if (names === undefined) return [];
  return LANGUAGES.flatMap((language) => (names[language] ?? []).map((text) => ({ text, language })));
}

function buildLexicon(knowledge: KnowledgeBase): Lexicon {
  const { words, declension } = loadLanguageData();
  const decliner = createDecliner(declension);

  const entityPhrases: Array<{ phrase: Phrase; candidate: EntityCandidate; caseRule: CaseRule }> = [];
  const addEntity = (id: string, form: NameForm, phrases: Phrase[], caseRule: CaseRule = 'as-written'): void => {
    const kind = KIND_OF_PREFIX[id.split(':')[0]!];
    if (kind === undefined) return;
    for (const phrase of phrases)
      entityPhrases.push({ phrase, candidate: { id, kind, form, language: phrase.language ?? 'en' }, caseRule });
  };
  const stemForms: Array<{ lemma: string; forms: string[] }> = [];
  const addWordForms = (id: string, form: NameForm, forms: Partial<Record<Language, readonly WordForm[]>> | undefined): void => {
    for (const language of LANGUAGES) {
      for (const word of forms?.[language] ?? []) {
        addEntity(id, form, [{ text: word.lemma, language }]);
        const paradigm = knowledge.paradigms.find((candidate) => candidate.id === word.paradigm);
        const compound = form === 'adjective' ? (declension.compoundForms[language] ?? []) : [];
        for (const stem of word.stems ?? []) {
          const endings = [...(paradigm?.endings ?? []), ...compound];
          stemForms.push({ lemma: normalizeWord(word.lemma), forms: endings.map((ending) => normalizeWord(stem + ending)) });
        }
      }
    }
  };

  for (const country of knowledge.countries) {
    addEntity(country.id, 'name', localized(country.names));
    addEntity(country.id, 'official-name', localized(country.officialNames));
    addEntity(country.id, 'alias', localized(country.aliases));
    addWordForms(country.id, 'adjective', country.adjectives);
    addWordForms(country.id, 'demonym', country.demonyms);
  }
  for (const organization of knowledge.organizations) {
    addEntity(organization.id, 'name', localized(organization.names));
    addEntity(organization.id, 'acronym', localized(organization.acronyms));
    addEntity(organization.id, 'alias', localized(organization.aliases));
    for (const former of organization.formerNames ?? []) addEntity(organization.id, 'former-name', localized(former.names));
  }
  for (const person of knowledge.persons) {
    addEntity(person.id, 'name', [{ text: person.name, language: 'en' }, ...localized(person.names)]);
    addEntity(person.id, 'surname', localized(person.surnames));
    // "Елбасы" stands where the surname would: one word, declined ("Елбасыға"), for one person.
    addEntity(person.id, 'surname', localized(person.epithets));
    addEntity(person.id, 'inflected-form', localized(person.inflectedForms));
  }
  for (const place of knowledge.places) {
    addEntity(place.id, 'name', localized(place.names));
    addEntity(place.id, 'alias', localized(place.aliases));
    for (const former of place.formerNames ?? []) addEntity(place.id, 'former-name', localized(former.names));
  }

  const cuePhrases: Array<{ phrase: Phrase; cue: Cue; caseRule: CaseRule }> = [];
  const addCues = (phrases: Phrase[], cue: Cue, caseRule: CaseRule = 'any'): void => {
    for (const phrase of phrases) cuePhrases.push({ phrase, cue, caseRule });
  };
  const listed = (byLanguage: Record<string, readonly string[]>): Phrase[] =>
    Object.entries(byLanguage).flatMap(([language, texts]) => texts.map((text) => ({ text, language: language as Language })));

  for (const office of knowledge.offices) addCues(localized(office.names), { type: 'office', officeId: office.id });
  for (const qualifier of knowledge.officeQualifiers)
    addCues(localized(qualifier.markers), { type: 'qualifier', qualifierId: qualifier.id });
  addCues(listed(words.roleWords), { type: 'role' });
  addCues(listed(words.counterpartWords), { type: 'counterpart' });
  addCues(listed(words.honorifics), { type: 'honorific' });
  // English ranks only when capitalized ("Major General", not "a major step"); Cyrillic ranks in any case.
  addCues(listed(words.ranks), { type: 'rank' }, 'as-written');
  addCues(listed(words.leaderPhrases), { type: 'leader' });
  addCues(listed(words.countryHeadTitles.words), { type: 'office', officeId: words.countryHeadTitles.officeId, afterCountry: true });
  for (const [language, ministry] of Object.entries(words.ministryWords)) {
    addCues(
      ministry.ministry.map((text) => ({ text, language: language as Language })),
      { type: 'ministry', minister: ministry.minister },
    );
  }
  for (const [text, officeId] of Object.entries(words.ministryAbbreviations)) {
    addCues([{ text }], { type: 'ministry-abbreviation', officeId }, 'as-written');
  }
  addCues(listed(words.organizationLegalForms), { type: 'legal-form' }, 'as-written');
  for (const [organizationKind, heads] of Object.entries(words.organizationHeads)) {
    addCues(
      heads.map((text) => ({ text })),
      { type: 'organization-head', organizationKind },
      'as-written',
    );
  }

  // Every word of a name or title is taken for a nominative ("lemma") and its generated case forms point
  // back to it. Names and text go through the same mapping, so a genitive inside a name ("Адміністрації
  // Президента") maps like the same word in a sentence does.
  const lemmas = new Set<string>();
  const collect = (text: string): void => nameWords(text).forEach((word) => !word.allCaps && lemmas.add(word.norm));
  const personWordLanguages = new Map<string, Set<Language>>();
  for (const { phrase, candidate } of entityPhrases) {
    if (candidate.kind !== 'person' || candidate.form === 'inflected-form') continue;
    for (const word of nameWords(phrase.text)) {
      const languages = personWordLanguages.get(word.norm) ?? new Set<Language>();
      languages.add(candidate.language);
      personWordLanguages.set(word.norm, languages);
    }
  }
  entityPhrases.forEach(({ phrase, candidate }) => candidate.form !== 'inflected-form' && collect(phrase.text));
  cuePhrases.forEach(({ phrase }) => collect(phrase.text));
  const nominativeOf = new Map<string, string>();
  for (const { lemma, forms } of stemForms) {
    for (const form of forms) if (form !== lemma && !nominativeOf.has(form)) nominativeOf.set(form, lemma);
  }
  // Words with listed irregular forms first: Ukrainian "домі" is a form of "дім" (Білий дім), though the
  // Russian "дом" gives the same letters by the rules.
  const irregularFirst = [...lemmas].sort(
    (a, b) => Number(declension.irregularForms[b] !== undefined) - Number(declension.irregularForms[a] !== undefined),
  );
  for (const lemma of irregularFirst) {
    if (nominativeOf.has(lemma)) continue;
    const personName = personWordLanguages.has(lemma);
    for (const form of decliner.forms(lemma, { personName })) if (!nominativeOf.has(form)) nominativeOf.set(form, lemma);
  }
  joinTwinAdjectives(lemmas, nominativeOf);
  // Kazakh endings last, so that a Russian or Ukrainian case form never gives way to one, except a form
  // that only a case form took ("президенті" read as a form of "президента", itself a genitive).
  // A form two lemmas give goes to the longer one, the shorter ending: "Республикасының" is a form of
  // "Республикасы" (as the Kazakh official name "Түркия Республикасы" has it), not "республика" + "-сының".
  // A name word that is itself the genitive of another ("Республикасының" in a ministry's name) is that form
  // too, so "Түркия Республикасының президенті" reads as the official name. Other endings stay apart:
  // "түрікмен" (Turkmen) is a name of its own, not "түрік" + "-мен".
  const oblique = (lemma: string) => nominativeOf.has(lemma) && nominativeOf.get(lemma) !== lemma;
  const kazakhForm = new Set<string>();
  for (const lemma of lemmas) {
    if (oblique(lemma)) continue;
    for (const form of decliner.kazakhForms(lemma)) {
      const taken = nominativeOf.get(form);
      const longer = taken !== undefined && kazakhForm.has(form) && lemma.length > taken.length;
      const free = !lemmas.has(form) || decliner.isKazakhGenitive(form, lemma);
      if (taken === undefined ? free : oblique(taken) || longer) {
        nominativeOf.set(form, lemma);
        kazakhForm.add(form);
      }
    }
  }
  // A feminine or neuter adjective is itself a form of the masculine lemma: "генеральной" is the form of
  // "генеральная", which is "генеральный"'s. Both must end at the masculine word, or "Генеральной Ассамблеи"
  // would not read as "Генеральная Ассамблея" (its phrase key holds "генеральный"). Only that step is
  // followed: other chains ("сенату" -> "сената" -> "сенат") keep their first nominative, as titles read them.
  const masculineAdjective = new RegExp(`(?:${declension.adjectiveLemmaEndings.join('|')})$`);
  const canonical = (norm: string): string => {
    const nominative = nominativeOf.get(norm);
    if (nominative === undefined) return norm;
    const masculine = nominativeOf.get(nominative);
    return masculine !== undefined && masculine !== norm && masculineAdjective.test(masculine) ? masculine : nominative;
  };

  const entities = new PhraseIndex<EntityCandidate>(canonical);
  entityPhrases.forEach(({ phrase, candidate, caseRule }) => entities.add(phrase.text, candidate, caseRule));
  const cues = new PhraseIndex<Cue>(canonical);
  cuePhrases.forEach(({ phrase, cue, caseRule }) => cues.add(phrase.text, cue, caseRule));

  const canonicalWords = (texts: readonly string[]): Set<string> =>
    new Set(texts.flatMap((text) => nameWords(text).map((word) => canonical(word.norm))));
  const canonicalPhrase = (text: string): string =>
    nameWords(text)
      .map((word) => canonical(word.norm))
      .join(' ');
  const canonicalPhrases = (texts: readonly string[]): PhraseTable =>
    PhraseTable.of(texts.map(canonicalPhrase).filter((text) => text.length > 0));
  const allLanguages = (byLanguage: Record<string, readonly string[]>): string[] => Object.values(byLanguage).flat();

  const titleWords = [
    ...knowledge.offices.flatMap((office) => localized(office.names).map((phrase) => phrase.text)),
    ...knowledge.officeQualifiers.flatMap((qualifier) => localized(qualifier.markers).map((phrase) => phrase.text)),
  ];
  const notNames = canonicalWords([
    ...allLanguages(words.notNames),
    ...titleWords,
    ...allLanguages(words.roleWords),
    ...allLanguages(words.counterpartWords),
    ...allLanguages(words.honorifics),
    ...allLanguages(words.ranks),
    ...allLanguages(words.organizationLegalForms),
    ...Object.values(words.ministryWords).flatMap((ministry) => ministry.ministry),
  ]);

  const knownPersons = knowledge.persons.map((person) => {
    const fullNames = [person.name, ...localized(person.names).map((phrase) => phrase.text)];
    const surnames = new Set([
      ...localized(person.surnames).map((phrase) => latinKey(phrase.text)),
      ...fullNames.map((name) => latinKey(name.split(/\s+/).at(-1)!)),
    ]);
    const firstNames = new Set(fullNames.map((name) => latinKey(name.split(/\s+/)[0]!)));
    return { id: person.id, surnames: [...surnames].filter(Boolean), firstNames: [...firstNames].filter(Boolean) };
  });

  const knownOrganizations = knowledge.organizations.map((organization) => ({
    id: organization.id,
    kind: organization.kind,
    ...(organization.countryId === undefined ? {} : { countryId: organization.countryId }),
    names: [...localized(organization.names), ...localized(organization.aliases)].map((phrase) => normalizeName(phrase.text)),
  }));
  const officeOf = boundedMemo((title: string): string | undefined => resolveOfficeTitle(knowledge, title)?.officeId, 10_000);

  const ministerWords = canonicalWords(Object.values(words.ministryWords).map((ministry) => ministry.minister));
  const genericMinisterOfficeId = officeOf(words.ministryWords.en?.minister ?? 'Minister');
  const genericMinister = genericMinisterOfficeId === undefined ? undefined : knowledge.entity(genericMinisterOfficeId);
  const genericDeputyMinisterOfficeId = genericMinister?.kind === 'office' ? genericMinister.record.deputyOfficeId : undefined;

  return {
    knowledge,
    knownOrganizations,
    officeOf,
    words,
    decliner,
    // In the running pipeline a lookup in the table of case forms cost several times what it costs alone
    // (most likely cache misses), while the words an article repeats stay in the memo's small map: the
    // entity stage over the sample articles went from 0.67 to 0.59 ms CPU per article.
    canonical: boundedMemo(canonical),
    scanWord: boundedMemo((matched: string): ScanWord => {
      const reading = readMatchedWord(matched);
      const key = canonical(reading.norm);
      return { ...reading, key, entityOpening: entities.openingOf(key), cueOpening: cues.openingOf(key) };
    }),
    nameWordLanguages: (norm) => personWordLanguages.get(norm),
    publisherIds: new Set(
      knowledge.organizations.filter((organization) => organization.kind === 'media').map((organization) => organization.id),
    ),
    entities,
    cues,
    notNames,
    stopWords: canonicalWords(allLanguages(words.notNames)),
    nameParticles: canonicalWords(words.nameParticles),
    titleConnectors: canonicalPhrases(allLanguages(words.titleConnectors).filter((text) => text !== ',')),
    sharedCountryConnectors: canonicalWords(allLanguages(words.sharedCountryConnectors)),
    complementWords: canonicalPhrases(allLanguages(words.complementWords)),
    titleCompletions: canonicalPhrases(allLanguages(words.titleCompletions)),
    hostComplementWords: canonicalPhrases(allLanguages(words.hostComplementWords)),
    titleArticles: PhraseTable.of(canonicalWords(allLanguages(words.titleArticles))),
    delegationWords: canonicalWords(allLanguages(words.delegationWords)),
    portfolioPrepositions: canonicalPhrases(allLanguages(words.portfolioPrepositions)),
    pluralTitles: new PhraseTable(
      Object.values(words.pluralTitles)
        .flatMap((titles) => Object.entries(titles))
        .flatMap(([plural, singular]) => {
          const officeId = officeOf(singular);
          const phrase = canonicalPhrase(plural);
          return officeId === undefined || phrase.length === 0 ? [] : [[phrase, officeId] as const];
        }),
    ),
    ministryDeputyTitles: canonicalPhrases(allLanguages(words.ministryDeputyTitles)),
    ministerWords,
    ministerWordOf: new Map(Object.entries(words.ministryWords).map(([language, ministry]) => [language, ministry.minister])),
    ...(genericMinisterOfficeId === undefined ? {} : { genericMinisterOfficeId }),
    ...(genericDeputyMinisterOfficeId === undefined ? {} : { genericDeputyMinisterOfficeId }),
    isPortfolioWord: portfolioMatcher(allLanguages(words.portfolioWords)),
    placePrepositions: canonicalWords(allLanguages(words.placePrepositions)),
    reportingVerbs: canonicalWords(allLanguages(words.reportingVerbs)),
    knownPersons,
  };
}

/** Portfolio words: whole words, or stems written with a closing * that match any ending ("энергетик*"). */
function portfolioMatcher(entries: readonly string[]): (norm: string) => boolean {
  const whole = new Set<string>();
  const stems: string[] = [];
  for (const entry of entries) {
    if (entry.endsWith('*')) stems.push(normalizeWord(entry.slice(0, -1)));
    else whole.add(normalizeWord(entry));
  }
  return (norm) => whole.has(norm) || stems.some((stem) => norm.startsWith(stem));
}
