/**
 * The words of data/language/event-words.json, compiled once: which words tell an event and its kind,
 * an agreement and its status, a relation between a country and an organization, a figure. Patterns of
 * every language are joined, because scripts rarely collide and an article may quote another language.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../config/project-root.ts';
import { agreementKindSchema, eventKindSchema, relationSchema } from '../contract/extraction-result.ts';
import { compilePhraseMatcher, type PhraseMatcher } from './phrase-matcher.ts';

export const EVENT_WORDS_FILE = path.join(PROJECT_ROOT, 'data', 'language', 'event-words.json');

const wordsByLanguage = z.record(z.string(), z.array(z.string().min(1)));
const relationKind = relationSchema.shape.kind;

const eventWordsSchema = z.object({
  version: z.string(),
  description: z.string(),
  eventKinds: z.record(eventKindSchema, wordsByLanguage),
  kindPriority: z.array(eventKindSchema),
  // 'departed': setting off ("вирушила", "left for") is a plan for an encounter at the journey's end, but the start of
  // a visit: the status classifier reads it by the event word it speaks of.
  eventStatus: z.object({ denied: wordsByLanguage, cancelled: wordsByLanguage, planned: wordsByLanguage, departed: wordsByLanguage }),
  heldForms: wordsByLanguage,
  heldSettings: wordsByLanguage,
  frameMarkers: wordsByLanguage,
  framePostpositions: wordsByLanguage,
  subjectPronouns: wordsByLanguage,
  subjectTitles: wordsByLanguage,
  openingSubjectTitles: z.object({ titles: wordsByLanguage, countryBeforeTitle: z.array(z.string()) }),
  headOfStateTitles: wordsByLanguage,
  /** "The Presidents of Uzbekistan and Kyrgyzstan": the heads of the countries named with them, who the story may name elsewhere. */
  pluralHeadsOfState: wordsByLanguage,
  containerKinds: z.array(eventKindSchema),
  anaphora: wordsByLanguage,
  placePrepositions: wordsByLanguage,
  placeArticles: wordsByLanguage,
  placeCaseEndings: wordsByLanguage,
  placeFollowers: wordsByLanguage,
  /** "со ссылкой на Акорду", "according to Akorda": the source of a report, never where the encounter was. */
  citationLeads: wordsByLanguage,
  delegationWords: wordsByLanguage,
  participation: wordsByLanguage,
  companionship: wordsByLanguage,
  separateEventMarkers: wordsByLanguage,
  multipartyCallMarkers: wordsByLanguage,
  earlierMarkers: wordsByLanguage,
  possibilityWords: wordsByLanguage,
  discussionVerbs: wordsByLanguage,
  pluralMeetings: wordsByLanguage,
  reportedSpeech: wordsByLanguage,
  reportVerbs: wordsByLanguage,
  sidePrepositions: wordsByLanguage,
  destinationPrepositions: wordsByLanguage,
  destinationCaseEndings: wordsByLanguage,
  arrivalVerbs: wordsByLanguage,
  capitalWords: wordsByLanguage,
  agreementKinds: z.record(agreementKindSchema, wordsByLanguage),
  agreementStatus: z.record(z.enum(['planned', 'signed', 'approved', 'declared']), wordsByLanguage),
  agreementSubjectMarkers: wordsByLanguage,
  signingNouns: wordsByLanguage,
  signingAims: wordsByLanguage,
  signingAnniversaries: wordsByLanguage,
  relations: z.record(relationKind, wordsByLanguage),
  listConnectors: wordsByLanguage,
  figures: z.record(z.string(), wordsByLanguage),
  figureTargets: wordsByLanguage,
  figureTargetKinds: z.record(z.string(), z.string().min(1)),
  currencies: z.record(z.string(), z.array(z.string().min(1))),
  magnitudes: z.record(z.string().regex(/^\d+$/), z.array(z.string().min(1))),
});

export type EventWords = z.infer<typeof eventWordsSchema>;
type EventKind = z.infer<typeof eventKindSchema>;

export interface EventLexicon {
  readonly version: string;
  readonly eventKinds: PhraseMatcher;
  /** Kinds in the order a sentence naming several is classified: a "meeting" beats the "visit" it was part of. */
  readonly kindPriority: readonly EventKind[];
  /** Kinds that frame other encounters (a visit, a press conference) and so merge with what they contain. */
  readonly containerKinds: ReadonlySet<EventKind>;
  /** Cues that an event did not happen (denied), was called off (cancelled) or is to come (planned). */
  readonly eventStatus: PhraseMatcher;
  /** Event words that themselves say the event happened: "met", "встретился", "кездесті". */
  readonly heldForms: PhraseMatcher;
  /**
   * "в телефонном разговоре с …", "during a phone call with …": the encounter as the setting of what was said took
   * place, unless a plan word of the clause says otherwise ("will discuss … during a phone call next week").
   */
  readonly heldSettings: PhraseMatcher;
  /** "within", "on the sidelines of", "на полях": the event word after them frames another encounter. */
  readonly frameMarkers: PhraseMatcher;
  /** "аясында", "кезінде": the same, for the event word before them (Kazakh puts them after their noun). */
  readonly framePostpositions: PhraseMatcher;
  /** "He", "Он", "Ол": a sentence opening with one is about the person the story follows. */
  readonly subjectPronouns: ReadonlySet<string>;
  /** "Глава держави", "Мемлекет басшысы" with no name after it: the head of state the story follows, as a pronoun is. */
  readonly subjectTitles: PhraseMatcher;
  /**
   * "Президент принял …", "Президент … Бағдат Әміреевті қабылдады": a title word alone opening a sentence of an article
   * in that language, per language (lower case). `countryBefore`: the language puts a title's country before it
   * ("Қазақстан Президенті"), so a capitalized word after the bare title is not its country.
   */
  readonly openingSubjectTitles: ReadonlyMap<string, { readonly titles: ReadonlySet<string>; readonly countryBefore: boolean }>;
  /** "Президенті" right after a country ("Қазақстан Президенті"): that country's head of state, named or not. */
  readonly headOfStateTitles: PhraseMatcher;
  readonly pluralHeadsOfState: PhraseMatcher;
  readonly anaphora: PhraseMatcher;
  readonly placePrepositions: ReadonlySet<string>;
  /** Articles between a preposition of place and the name ("in the Kremlin"), lower case. */
  readonly placeArticles: ReadonlySet<string>;
  /** Locative endings a place name takes where the language marks "in" on the name (Kazakh "Анкарада"). */
  readonly placeCaseEndings: readonly string[];
  /** Words that cite a source right before its name ("со ссылкой на"), lower case, single-spaced. */
  readonly citationLeads: readonly string[];
  /** Words after a place name that put something in it (Kazakh "Самарқанд қаласында", in the city of Samarkand). */
  readonly placeFollowers: ReadonlySet<string>;
  readonly delegationWords: PhraseMatcher;
  /** "attended by", "took part": a sentence that adds participants to the encounter just described. */
  readonly participation: PhraseMatcher;
  /** "together with", "бірге": others taking part beside the subject ("… president­терімен … бірге қатысты"). */
  readonly companionship: PhraseMatcher;
  /** "on the sidelines", "bilateral meeting", "also met": a new encounter even among the same persons. */
  readonly separateEventMarkers: PhraseMatcher;
  /** "trilateral", "конференц*": a call of several sides at once, not one call per counterpart. */
  readonly multipartyCallMarkers: PhraseMatcher;
  /** "Earlier", "Ранее" opening a sentence: it tells an earlier encounter, not more of the one just told. */
  readonly earlierMarkers: PhraseMatcher;
  /** "held meetings with A, B and C", "провів зустрічі з …": one meeting with each, not one of all. */
  readonly pluralMeetings: PhraseMatcher;
  /** A reporting verb and what opens the report ("said that", "сообщил, что"): who speaks is not who met. */
  readonly reportedSpeech: PhraseMatcher;
  /** Verbs of a report ("said", "повідомляє"): a date right after one dates the report, not the encounter. */
  readonly reportVerbs: PhraseMatcher;
  /** "with" in "discussed with Turkey": the country after it is a side of the talk, not what it was about. */
  readonly sidePrepositions: ReadonlySet<string>;
  /** "to" in "a visit to Kazakhstan": the country after it hosts the visit. */
  readonly destinationPrepositions: ReadonlySet<string>;
  /** Kazakh dative endings that make a place or country where someone went ("Астанаға"), longest first. */
  readonly destinationCaseEndings: readonly string[];
  /** Verbs of arriving that make a visit after a destination in the dative ("Астанаға келді"). */
  readonly arrivalVerbs: PhraseMatcher;
  /** "capital" in "the Kyrgyz capital": a place named through its country. */
  readonly capitalWords: PhraseMatcher;
  readonly agreementKinds: PhraseMatcher;
  readonly agreementStatus: PhraseMatcher;
  readonly agreementSubjectMarkers: PhraseMatcher;
  /** Nouns naming a signing ("signing", "подписание"): unlike "signed", they say nothing of whether it happened. */
  readonly signingNouns: PhraseMatcher;
  /** Words that make a signing the aim ("with a view to the signing"): cues for a signing only, not for events. */
  readonly signingAims: PhraseMatcher;
  /** "the 30th anniversary of the signing of the Treaty": a signing long past, commemorated, not reported. */
  readonly signingAnniversaries: PhraseMatcher;
  readonly relations: PhraseMatcher;
  /** "and", ",", "та": what joins the names of a list ("Hungary and Turkmenistan"), lower case. */
  readonly listConnectors: ReadonlySet<string>;
  readonly figures: PhraseMatcher;
  readonly figureTargets: PhraseMatcher;
  /** What a figure of each kind is called when it is a target: trade_volume → trade_target. */
  readonly figureTargetKinds: Readonly<Record<string, string>>;
  readonly currencies: PhraseMatcher;
  readonly magnitudes: PhraseMatcher;
}

const allLanguages = (words: Record<string, string[]>): string[] => Object.values(words).flat();
const groupsOf = (groups: Record<string, Record<string, string[]> | undefined>): Record<string, string[]> =>
  Object.fromEntries(Object.entries(groups).map(([group, words]) => [group, allLanguages(words ?? {})]));

export function compileEventLexicon(words: EventWords): EventLexicon {
  return {
    version: words.version,
    eventKinds: compilePhraseMatcher(groupsOf(words.eventKinds)),
    kindPriority: words.kindPriority,
    containerKinds: new Set(words.containerKinds),
    // The words of possibility and the verbs of discussion are found with the status cues, in one pass, as the
    // groups 'possible' and 'topic'.
    eventStatus: compilePhraseMatcher({
      ...groupsOf(words.eventStatus),
      possible: allLanguages(words.possibilityWords),
      topic: allLanguages(words.discussionVerbs),
    }),
    heldForms: compilePhraseMatcher({ held: allLanguages(words.heldForms) }),
    heldSettings: compilePhraseMatcher({ held: allLanguages(words.heldSettings) }),
    frameMarkers: compilePhraseMatcher({ frame: allLanguages(words.frameMarkers) }),
    framePostpositions: compilePhraseMatcher({ frame: allLanguages(words.framePostpositions) }),
    subjectPronouns: new Set(allLanguages(words.subjectPronouns).map((word) => word.toLowerCase())),
    subjectTitles: compilePhraseMatcher({ title: allLanguages(words.subjectTitles) }),
    openingSubjectTitles: new Map(
      Object.entries(words.openingSubjectTitles.titles).map(([language, titles]) => [
        language,
        {
          titles: new Set(titles.map((title) => title.toLowerCase())),
          countryBefore: words.openingSubjectTitles.countryBeforeTitle.includes(language),
        },
      ]),
    ),
    headOfStateTitles: compilePhraseMatcher({ title: allLanguages(words.headOfStateTitles) }),
    pluralHeadsOfState: compilePhraseMatcher({ heads: allLanguages(words.pluralHeadsOfState) }),
    anaphora: compilePhraseMatcher({ anaphora: allLanguages(words.anaphora) }),
    placePrepositions: new Set(allLanguages(words.placePrepositions).map((word) => word.toLowerCase())),
    placeArticles: new Set(allLanguages(words.placeArticles).map((word) => word.toLowerCase())),
    placeCaseEndings: [...new Set(allLanguages(words.placeCaseEndings).map((ending) => ending.toLowerCase()))],
    placeFollowers: new Set(allLanguages(words.placeFollowers).map((word) => word.toLowerCase())),
    citationLeads: [...new Set(allLanguages(words.citationLeads).map((lead) => lead.toLowerCase()))],
    delegationWords: compilePhraseMatcher({ delegation: allLanguages(words.delegationWords) }),
    participation: compilePhraseMatcher({ participation: allLanguages(words.participation) }),
    companionship: compilePhraseMatcher({ companionship: allLanguages(words.companionship) }),
    separateEventMarkers: compilePhraseMatcher({ separate: allLanguages(words.separateEventMarkers) }),
    multipartyCallMarkers: compilePhraseMatcher({ multiparty: allLanguages(words.multipartyCallMarkers) }),
    earlierMarkers: compilePhraseMatcher({ earlier: allLanguages(words.earlierMarkers) }),
    pluralMeetings: compilePhraseMatcher({ plural: allLanguages(words.pluralMeetings) }),
    reportedSpeech: compilePhraseMatcher({ report: allLanguages(words.reportedSpeech) }),
    reportVerbs: compilePhraseMatcher({ report: allLanguages(words.reportVerbs) }),
    sidePrepositions: new Set(allLanguages(words.sidePrepositions).map((word) => word.toLowerCase())),
    destinationPrepositions: new Set(allLanguages(words.destinationPrepositions).map((word) => word.toLowerCase())),
    destinationCaseEndings: allLanguages(words.destinationCaseEndings).sort((a, b) => b.length - a.length),
    arrivalVerbs: compilePhraseMatcher({ visit: allLanguages(words.arrivalVerbs) }),
    capitalWords: compilePhraseMatcher({ capital: allLanguages(words.capitalWords) }),
    agreementKinds: compilePhraseMatcher(groupsOf(words.agreementKinds)),
    agreementStatus: compilePhraseMatcher(groupsOf(words.agreementStatus)),
    agreementSubjectMarkers: compilePhraseMatcher({ marker: allLanguages(words.agreementSubjectMarkers) }),
    signingNouns: compilePhraseMatcher({ noun: allLanguages(words.signingNouns) }),
    signingAims: compilePhraseMatcher({ planned: allLanguages(words.signingAims) }),
    signingAnniversaries: compilePhraseMatcher({ anniversary: allLanguages(words.signingAnniversaries) }),
    relations: compilePhraseMatcher(groupsOf(words.relations)),
    listConnectors: new Set(allLanguages(words.listConnectors).map((word) => word.toLowerCase())),
    figures: compilePhraseMatcher(groupsOf(words.figures)),
    figureTargets: compilePhraseMatcher({ target: allLanguages(words.figureTargets) }),
    figureTargetKinds: words.figureTargetKinds,
    currencies: compilePhraseMatcher(words.currencies),
    magnitudes: compilePhraseMatcher(words.magnitudes),
  };
}

let cached: EventLexicon | undefined;

/** The bundled lexicon, read and compiled on first use; a malformed file names its problems. */
export function loadEventLexicon(file: string = EVENT_WORDS_FILE): EventLexicon {
  if (file === EVENT_WORDS_FILE && cached !== undefined) return cached;
  const parsed = eventWordsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`${file} is not a valid event word list (${problems}); fix the file and run the unit tests`);
  }
  const lexicon = compileEventLexicon(parsed.data);
  if (file === EVENT_WORDS_FILE) cached = lexicon;
  return lexicon;
}
