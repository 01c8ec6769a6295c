import type { NameDeclension } from './language-data.ts';

const CYRILLIC_VOWEL_OR_SIGN = /[аеёиоуыэюяіїєьй]$/u;
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}'-]+$/u;

/**
 * Inflects and un-inflects Russian and Ukrainian names by their ending, with the rules of
 * data/language/name-declension.json. Works on normalized (lower-case) words.
 */
export interface Decliner {
  /** The case forms of a nominative word ("туреччина" -> "туреччини", "туреччиною", ...); empty when it does not inflect. */
  forms(word: string): string[];
  /** The nominatives a word may be a case form of, most likely first ("акаром" -> "акар"); the word itself is not included. */
  nominatives(word: string): string[];
}

export function createDecliner(declension: NameDeclension): Decliner {
  const rules = [...declension.rules].sort((a, b) => b.ending.length - a.ending.length);
  const minimumStem = declension.minimumStem;
  const reverse = rules
    .flatMap((rule) => rule.forms.map((form) => ({ form, ending: rule.ending })))
    .filter((entry) => entry.form.length > 0)
    .sort((a, b) => b.form.length - a.form.length);

  const ruleFor = (word: string) =>
    rules.find((rule) =>
      rule.ending === '' ? !CYRILLIC_VOWEL_OR_SIGN.test(word) : word.endsWith(rule.ending) && word.length - rule.ending.length >= minimumStem,
    );

  return {
    forms(word) {
      if (word.length < 3 || !CYRILLIC_WORD.test(word)) return [];
      const rule = ruleFor(word);
      if (rule === undefined) return [];
      const stem = word.slice(0, word.length - rule.ending.length);
      return rule.forms.map((form) => stem + form).filter((form) => form !== word);
    },
    nominatives(word) {
      if (word.length < 4 || !CYRILLIC_WORD.test(word)) return [];
      const found: string[] = [];
      for (const { form, ending } of reverse) {
        if (!word.endsWith(form) || word.length - form.length < minimumStem + 1) continue;
        const candidate = word.slice(0, word.length - form.length) + ending;
        if (candidate !== word && !found.includes(candidate) && ruleFor(candidate) !== undefined) found.push(candidate);
      }
      return found;
    },
  };
}
