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

function foldLatinDiacritics(text: string): string {
  const decomposed = text.normalize('NFD');
  if (!COMBINING_MARK.test(decomposed)) return text;
  return decomposed.replace(MARKED_LATIN_LETTER, '$1').normalize('NFC');
}

export function normalizeName(name: string): string {
  const unified = name
    .normalize('NFKC')
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '')
    .replace(DASHES, ' ')
    .toLowerCase()
    .replace(/ё/g, 'е');
  return foldLatinDiacritics(unified).replace(/ı/g, 'i').replace(/\s+/g, ' ').trim();
}
