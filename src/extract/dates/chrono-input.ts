/**
 * Text as chrono-node can read it, of the same length so that its offsets stay the text's: chrono's
 * Ukrainian weekdays know only the ASCII apostrophe ("п'ятницю"), while Ukrainian news writes "пʼятницю"
 * (U+02BC, the standard's apostrophe) or "п’ятницю"; and it reads "15 марта" but not the ordinal
 * "15-го марта", of which it keeps only the month.
 */
const TYPOGRAPHIC_APOSTROPHE = /[ʼ’]/gu;
const ORDINAL_DAY_SUFFIX = /(?<=(?<!\d)\d{1,2})-го(?=\s)/gu;

export function forChrono(text: string): string {
  return text.replace(TYPOGRAPHIC_APOSTROPHE, "'").replace(ORDINAL_DAY_SUFFIX, (suffix) => ' '.repeat(suffix.length));
}
