/**
 * The key under which names are indexed and looked up, so that spellings a reader takes for the same
 * name meet: "Erdoğan" and "ERDOGAN", "Türkiye" and "Turkiye", "Нур-Султан" and "Нур Султан",
 * "Прем’єр" and "Прем'єр", "Алёна" and "Алена".
 *
 * Diacritics are folded in Latin script only: in Cyrillic the marks are letters of their own
 * (й is not и, ї is not і), so they must survive. Hyphens and dashes become spaces because the same
 * name is written both ways ("NUR SULTAN" beside "Nur-Sultan", "Kassym Jomart" beside "Kassym-Jomart").
 */
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u02B9\u0060\u00B4\u2032]/g;
const QUOTES = /["\u00AB\u00BB\u201C\u201D\u201E\u201F]/g;
const DASHES = /[-\u2010-\u2015\u2212\uFE63\uFF0D]/g;
/** A Latin letter with the combining marks that follow it (in NFD form). */
const MARKED_LATIN_LETTER = /(\p{Script=Latin})\p{M}+/gu;
const COMBINING_MARK = /\p{M}/u;
/**
 * Text that Unicode normalization leaves as it is: printable ASCII, tabs and line breaks, and the quotes
 * and dashes the patterns above turn into ASCII (each is its own NFKC form, and none combines with a
 * neighbour). Most English sentences are written in these alone. Skipping the two normalizations for
 * them made normalizeName, which topic matching runs on every sentence, cheaper: whole pipeline over
 * the sample articles, pinned, in-process A/B, 3.879 -> 3.788 ms CPU/article; same result.
 */
const NORMALIZATION_STABLE =
  /^[\t\n\f\r\u0020-\u007E\u2018\u2019\u201B\u201C-\u201F\u00AB\u00BB\u2010\u2012-\u2015\u2212\u0400-\u0482\u048A-\u04FF]*$/;
/**
 * Text without Latin diacritics to fold: ASCII and the Cyrillic letters (the block less its combining
 * marks U+0483-U+0489). A precomposed Cyrillic letter (й, ї, ё) decomposes into a Cyrillic base and a mark
 * that folding keeps, and composes back; no character of these combines with a neighbour. Both tables are
 * checked code point by code point and pair by pair (normalize-name.spec.ts). Russian, Ukrainian and
 * Kazakh sentences, which topic matching normalizes whole, are spared two Unicode normalizations and the
 * fold's two more: whole pipeline over the sample articles, pinned, in-process A/B, see the commit.
 */
const NO_LATIN_DIACRITICS = /^[\t\n\f\r\u0020-\u007E\u0400-\u0482\u048A-\u04FF]*$/;

function foldLatinDiacritics(text: string): string {
  const decomposed = text.normalize('NFD');
  if (!COMBINING_MARK.test(decomposed)) return text;
  return decomposed.replace(MARKED_LATIN_LETTER, '$1').normalize('NFC');
}

/**
 * Text that only lower-casing changes: runs of printable ASCII and Cyrillic letters, one plain space between
 * them and none around, without the characters a step below turns into others (the straight quote, the
 * hyphen, the backtick; Ё and ё, which become е). Lower-casing keeps such text in these characters, so no
 * other step changes it: about half the sentences topic matching normalizes whole are spared the seven
 * replacements and two tests, each a walk over the sentence (the spacing one rebuilt the sentence around
 * every space). normalize-name.spec.ts checks every such character and pair against the full normalization.
 */
const ONLY_LOWERCASING =
  /^(?:[!#-,.-_a-~\u0400\u0402-\u0450\u0452-\u0482\u048A-\u04FF]+(?: [!#-,.-_a-~\u0400\u0402-\u0450\u0452-\u0482\u048A-\u04FF]+)*)?$/;
/** Spacing that collapsing white space into single spaces changes: a white space other than a space, or two in a row. */
const SPACING_TO_COLLAPSE = /[^\S ]|\s\s/;

export function normalizeName(name: string): string {
  if (ONLY_LOWERCASING.test(name)) return name.toLowerCase();
  const unified = (NORMALIZATION_STABLE.test(name) ? name : name.normalize('NFKC'))
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '')
    .replace(DASHES, ' ')
    .toLowerCase()
    .replace(/ё/g, 'е');
  const folded = (NO_LATIN_DIACRITICS.test(unified) ? unified : foldLatinDiacritics(unified)).replace(/ı/g, 'i');
  return (SPACING_TO_COLLAPSE.test(folded) ? folded.replace(/\s+/g, ' ') : folded).trim();
}
