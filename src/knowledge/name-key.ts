import { transliterate } from 'transliteration';

/**
 * Kazakh letters the transliteration library writes with an apostrophe ("Тоқаев" -> "Tok'aev"): read as
 * the Russian letters they are written with in Russian-language news, so that both scripts agree.
 */
const KAZAKH_LETTERS: Readonly<Record<string, string>> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };

/**
 * Spellings that name one sound in the romanizations news use (English, German, Hungarian, Polish,
 * Turkish after folding, and the library's own): longest first, applied left to right.
 */
const SAME_SOUNDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/shch|sch/g, 's'],
  [/dzh|dj/g, 'j'],
  [/zh/g, 'j'],
  [/kh/g, 'h'],
  [/ch|cz|ts|tz/g, 'c'],
  [/sh|sz/g, 's'],
  [/ph/g, 'f'],
  [/gh/g, 'g'],
  [/ck|q/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/ou/g, 'u'],
  // y and j both write the glide: "Tokayev", "Mirziyoyev", "Szijjártó", "Jeenbek".
  [/[yj]/g, 'i'],
];

/**
 * The cross-script key of a personal name: one standard romanization for Cyrillic (Russian, Ukrainian,
 * Kazakh; the `transliteration` library), Latin diacritics folded, and the variant spellings of one
 * name made equal — ss/s, y/i/iy/yi, -ayev/-aev, kh/h, zh/j, sh/sz/s, ch/c. "Токаев", "Тоқаев",
 * "Токаєв", "Tokayev", "Toqaev" share "tokaev"; "Péter Szijjártó" and "Петер Сийярто" share one key, as
 * do "Vassilenko" and "Василенко", "Pelšs" and "Пелшс". The key is for matching and ids, never for
 * display; names the folding cannot bring together (Turkish "Recep", Russian "Реджеп") stay apart.
 */
export function crossScriptKey(name: string): string {
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points on purpose: KAZAKH_LETTERS maps single letters, combining marks pass through
  const kazakhFolded = [...name.toLowerCase()].map((letter) => KAZAKH_LETTERS[letter] ?? letter).join('');
  const latin = transliterate(kazakhFolded)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/['’`ʼ]/g, '');
  return latin
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0)
    .map(foldWord)
    .join(' ');
}

function foldWord(word: string): string {
  let folded = word;
  for (const [pattern, replacement] of SAME_SOUNDS) folded = folded.replace(pattern, replacement);
  // A glide before a vowel is not written everywhere: "Tokaiev" / "Tokaev", "Yerlan" / "Erlan",
  // "Mevlyut" / "Mevlut" (Cyrillic ю, я, ё after a consonant).
  return collapseRepeats(collapseRepeats(folded).replace(/i(?=[aeou])/g, ''));
}

/** "Vassilenko" / "Vasilenko", "Zelenskii" / "Zelenski". */
function collapseRepeats(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}
