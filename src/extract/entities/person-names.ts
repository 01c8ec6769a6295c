import { distance } from 'fastest-levenshtein';
import type { GrammaticalCase } from './declension.ts';
import type { KnownPersonKeys, Lexicon } from './lexicon.ts';
import { latinKey } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** Endings that only an oblique case of a name has (instrumental, dative ...), so the nominative can be guessed safely. */
const OBLIQUE_ENDINGS = ['ого', 'ому', 'ього', 'ьому', 'ові', 'еві', 'ом', 'ем', 'ым', 'им', 'ою', 'ею', 'єю'];
const ADJECTIVAL_STEM = /(ськ|цьк|ск|цк)$/u;
const ADJECTIVAL_ENDINGS = new Set(['им', 'ым', 'ого', 'ому', 'ього', 'ьому']);
const NOUN_RULE_ENDINGS = new Set(['', 'а', 'я', 'ь', 'й']);

function capitalize(word: string): string {
  return word.replace(/(^|[-\s])(\p{L})/gu, (_, separator: string, letter: string) => separator + letter.toUpperCase());
}

/**
 * The nominative of one word of a personal name: a known name word's lemma; when the title before the name
 * tells its case (`agreement`), the word with that case's ending undone ("Мехмету" after "министру");
 * otherwise, for a Cyrillic word with an ending only an oblique case has ("Акаром", "Туском"), the word with
 * that ending undone; in Kazakh text, a Kazakh case ending undone. Other words are kept as written: "Анна" may be a nominative, and guessing would turn
 * it into "Анн".
 */
export function nominativeOf(
  lexicon: Lexicon,
  token: Token,
  agreement?: { grammaticalCase: GrammaticalCase; language: string },
  language?: string,
): string {
  if (!token.cyrillic) return token.text;
  const canonical = lexicon.canonical(token.norm);
  if (canonical !== token.norm && !foreignNameWord(lexicon, canonical, agreement)) return capitalize(canonical);
  if (language === 'kk') {
    // Kazakh marks case with endings after the whole name: "Денис Мантуровты" is Denis Manturov.
    const stem = lexicon.decliner.kazakhStem(token.norm);
    return stem === undefined ? token.text : capitalize(stem);
  }
  if (agreement !== undefined) {
    // The title before the name tells its case, so endings a nominative may also have can be undone.
    const language = agreement.language === 'uk' ? 'uk' : 'ru';
    const nominative = lexicon.decliner.nominativeIn(token.norm, agreement.grammaticalCase, language);
    if (nominative !== undefined) return capitalize(nominative);
  }
  const ending = OBLIQUE_ENDINGS.find((candidate) => token.norm.endsWith(candidate) && token.norm.length - candidate.length >= 3);
  if (ending === undefined) return token.text;
  const stem = token.norm.slice(0, token.norm.length - ending.length);
  const adjectival = ADJECTIVAL_STEM.test(stem) && ADJECTIVAL_ENDINGS.has(ending);
  const candidates = lexicon.decliner.nominatives(token.norm).filter((candidate) => candidate.startsWith(stem));
  const preferred = candidates.find((candidate) => NOUN_RULE_ENDINGS.has(candidate.slice(stem.length)) !== adjectival) ?? candidates[0];
  return preferred === undefined ? token.text : capitalize(preferred);
}

/** Whether two Latin keys are the same surname written two ways ("gassanov" / "hasanov" is not; "tokayev" / "tokaev" is). */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  const allowed = shorter >= 8 ? 2 : 1;
  // The edit distance is at least the difference in length: most of the base's surnames are ruled out
  // without computing it (an unknown name is compared with every known person's).
  return Math.abs(a.length - b.length) <= allowed && sharesPiece(a, b, allowed) && distance(a, b) <= allowed;
}

/**
 * Whether a stated first name can be a known person's, spelt another way: the same word within an edit or
 * two ("Kassym", "Kasym"; "Sergei", "Sergey") or in its consonants, or one the start of the other ("Alex",
 * "Alexander"). "Саида Мирзиёева" is not Shavkat Mirziyoyev, though both names start with S.
 */
export function sameFirstName(known: string, stated: string): boolean {
  if (known === stated) return known.length > 0;
  if (known[0] !== stated[0]) return false;
  const shorter = Math.min(known.length, stated.length);
  if (shorter >= 3 && (known.startsWith(stated) || stated.startsWith(known))) return true;
  // Vowels are what spellings of one name across languages change most ("Сауранбай" for Sooronbay).
  return distance(known, stated) <= (shorter >= 6 ? 2 : 1) || sameConsonants(known, stated);
}

const VOWELS = /[aeiouy]/gu;

function sameConsonants(a: string, b: string): boolean {
  const skeleton = a.replace(VOWELS, '');
  return skeleton.length >= 3 && skeleton === b.replace(VOWELS, '');
}

/**
 * Whether one of `edits` + 1 consecutive pieces `b` is cut into stands unchanged in `a`: it must, when `edits`
 * edits or fewer turn one into the other (each edit falls in one piece), so the edit distance need not be
 * computed for a surname that shares none, as most of the base's do not.
 */
function sharesPiece(a: string, b: string, edits: number): boolean {
  const size = Math.floor(b.length / (edits + 1));
  for (let piece = 0; piece <= edits; piece += 1) {
    const from = piece * size;
    if (a.includes(b.slice(from, piece === edits ? b.length : from + size))) return true;
  }
  return false;
}

const NO_PERSONS: readonly number[] = [];
const personsByLetterPair = new WeakMap<readonly KnownPersonKeys[], ReadonlyMap<string, readonly number[]>>();

/** For each pair of adjacent letters of a known surname, the persons (their places in `persons`, ascending) with a surname holding it. */
function letterPairIndex(persons: readonly KnownPersonKeys[]): ReadonlyMap<string, readonly number[]> {
  let index = personsByLetterPair.get(persons);
  if (index === undefined) {
    const built = new Map<string, number[]>();
    persons.forEach((person, place) => {
      for (const surname of person.surnames)
        for (let at = 0; at + 2 <= surname.length; at += 1) {
          const pair = surname.slice(at, at + 2);
          let holders = built.get(pair);
          if (holders === undefined) built.set(pair, (holders = []));
          if (holders.at(-1) !== place) holders.push(place);
        }
    });
    personsByLetterPair.set(persons, (index = built));
  }
  return index;
}

/**
 * The known persons, in the base's order, that may have a surname sameSurname takes for `key`: it allows at
 * most 2 edits (1 below 8 letters, none below 5), so one of the edits-plus-one pieces of the key (sharesPiece)
 * stands in such a surname, and with it every pair of adjacent letters of that piece; for each piece, the
 * persons holding its rarest pair. An unknown name was compared with every known person's surnames: 77 calls
 * over the sample and real articles cost about 2 % of the pipeline, mostly in reading the whole base's
 * surnames from memory again each time.
 */
function personsNearSurname(persons: readonly KnownPersonKeys[], key: string): readonly KnownPersonKeys[] {
  if (key.length < 2) return persons;
  const index = letterPairIndex(persons);
  const edits = key.length < 5 ? 0 : key.length < 8 ? 1 : 2;
  const size = Math.floor(key.length / (edits + 1));
  const places = new Set<number>();
  for (let piece = 0; piece <= edits; piece += 1) {
    const from = piece * size;
    const to = piece === edits ? key.length : from + size;
    let rarest: readonly number[] | undefined;
    for (let at = from; at + 2 <= to; at += 1) {
      const holders = index.get(key.slice(at, at + 2)) ?? NO_PERSONS;
      if (rarest === undefined || holders.length < rarest.length) rarest = holders;
    }
    for (const place of rarest ?? NO_PERSONS) places.add(place);
  }
  return [...places].sort((a, b) => a - b).map((place) => persons[place]!);
}

/** A knowledge-base person whose surname is the given one under spelling variation, with a compatible first name if one is given. */
export function nearKnownPerson(lexicon: Lexicon, surname: string, firstName: string | undefined): string | undefined {
  const surnameKey = latinKey(surname);
  const firstKey = firstName === undefined ? undefined : latinKey(firstName);
  const matches = personsNearSurname(lexicon.knownPersons, surnameKey).filter(
    (person) =>
      person.surnames.some((candidate) => sameSurname(candidate, surnameKey)) &&
      (firstKey === undefined || firstKey.length === 0 || person.firstNames.some((candidate) => sameFirstName(candidate, firstKey))),
  );
  return matches.length === 1 ? matches[0]!.id : undefined;
}

/**
 * Whether a name word the knowledge base knows only in other languages is the wrong nominative here: in
 * Ukrainian "Дмитром" after "міністром" is "Дмитро", though a Russian name gives "Дмитрий" the same stem.
 * Only decided when the title's case is known, so that the rules for that language can say otherwise.
 */
function foreignNameWord(lexicon: Lexicon, canonical: string, agreement: { language: string } | undefined): boolean {
  if (agreement === undefined || (agreement.language !== 'uk' && agreement.language !== 'ru')) return false;
  const languages = lexicon.nameWordLanguages(canonical);
  return languages !== undefined && !languages.has(agreement.language) && !languages.has('en');
}
