import type { NameDeclension } from './language-data.ts';

const CYRILLIC_VOWEL_OR_SIGN = /[аеёиоуыэюяіїєьй]$/u;
/** Two consonants at the end of a word, as Kazakh cannot end a syllable before a case ending: "Минск". */
const TWO_CONSONANTS = /[бвгғджзйклмнңпрстфхһцчшщқ]{2}$/u;
const KAZAKH_VOWEL_START = /^[аәеёиоөуұүыіэюя]/u;
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}'-]+$/u;

export type GrammaticalCase = 'genitive' | 'dative' | 'instrumental';

/**
 * Inflects and un-inflects Russian and Ukrainian names by their ending, with the rules of
 * data/language/name-declension.json. Works on normalized (lower-case) words.
 */
export interface Decliner {
  /**
   * The case forms of a nominative word ("туреччина" -> "туреччини", "туреччиною", ...); empty when it does not
   * inflect. Rules for person names only ("лукашенко" -> "лукашенком") apply when the word is one.
   */
  forms(word: string, options?: { personName?: boolean }): string[];
  /** The nominatives a word may be a case form of, most likely first ("акаром" -> "акар"); the word itself is not included. */
  nominatives(word: string): string[];
  /** The case a form of a title word is in ("заместителем" of "заместитель": instrumental), when its ending tells. */
  caseOf(form: string, lemma: string): GrammaticalCase | undefined;
  /** A name word in a known case turned back into its nominative ("Хуршидом" -> "Хуршид"), or undefined when no rule fits. */
  nominativeIn(word: string, grammaticalCase: GrammaticalCase, language: string): string | undefined;
  /** The word with each Kazakh case or possessive ending appended ("ердоған" -> "ердоғанмен", "ердоғанның" ...). */
  kazakhForms(word: string): string[];
  /**
   * A Kazakh form of a name the base does not know, back to its stem ("мантуровты" -> "мантуров"), or
   * undefined. Only endings that a nominative name rarely has are undone: three letters or more
   * ("-мен", "-ның"), or two after a surname ending ("-ов", "-ев", "-ин" …), so "Тілеуберді" stays.
   */
  kazakhStem(word: string): string | undefined;
  /** Whether `form` is `lemma` with a Kazakh genitive ending ("республикасының" of "республикасы"). */
  isKazakhGenitive(form: string, lemma: string): boolean;
  /** Whether a word looks like a surname of the region, in any case: "әміреевті", "амреевым", "назарбаева". */
  surnameShaped(word: string): boolean;
}

/** Surname endings after which a two-letter Kazakh case ending ("-ты", "-ға") is safe to undo. */
const SURNAME_STEM = /(ов|ев|ёв|ин|ын|ич|ко|ук|юк|ян)$/u;
/** A surname ending with a Russian or Ukrainian case ending after it, or a patronymic surname ("Ұлы"). */
const DECLINED_SURNAME = /(ов|ев|ёв|ин|ын)(а|у|ым|ом|е|ой|ої|им|ою|ій)?$|(ұлы|улы|енко|ский|цкий|ська|цька|ская|цкая)$/u;

export function createDecliner(declension: NameDeclension): Decliner {
  const kazakh = declension.kazakhSuffixes;
  const kazakhEndings = [...new Set([...kazakh.case, ...kazakh.possessive])].sort((a, b) => b.length - a.length);
  const rules = [...declension.rules].sort((a, b) => b.ending.length - a.ending.length);
  const minimumStem = declension.minimumStem;
  const reverse = rules
    .flatMap((rule) => rule.forms.map((form) => ({ form, ending: rule.ending })))
    .filter((entry) => entry.form.length > 0)
    .sort((a, b) => b.form.length - a.form.length);
  const caseOfEnding = new Map<string, GrammaticalCase>();
  for (const grammaticalCase of ['genitive', 'dative', 'instrumental'] as const) {
    for (const ending of declension.titleCases[grammaticalCase]) if (!caseOfEnding.has(ending)) caseOfEnding.set(ending, grammaticalCase);
  }

  // The rule a word declines by; `personName` false leaves out the rules for person names only. Reading a
  // form back (stems, nominatives) keeps them all, as before they were marked.
  const ruleFor = (word: string, personName: boolean) =>
    rules.find(
      (rule) =>
        (personName || rule.personNames !== true) &&
        (rule.ending === ''
          ? !CYRILLIC_VOWEL_OR_SIGN.test(word)
          : word.endsWith(rule.ending) && word.length - rule.ending.length >= minimumStem),
    );
  const stemOf = (lemma: string): string | undefined => {
    const irregular = declension.irregularForms[lemma];
    if (irregular !== undefined) return irregular.stem;
    const rule = ruleFor(lemma, true);
    return rule === undefined ? undefined : lemma.slice(0, lemma.length - rule.ending.length);
  };

  return {
    forms(word, options = {}) {
      const irregular = declension.irregularForms[word];
      if (irregular !== undefined) return irregular.forms.map((form) => irregular.stem + form);
      if (word.length < 3 || !CYRILLIC_WORD.test(word)) return [];
      const rule = ruleFor(word, options.personName ?? false);
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
        if (candidate !== word && !found.includes(candidate) && ruleFor(candidate, true) !== undefined) found.push(candidate);
      }
      return found;
    },
    caseOf(form, lemma) {
      if (form === lemma || !CYRILLIC_WORD.test(form)) return undefined;
      const stem = stemOf(lemma);
      if (stem === undefined || !form.startsWith(stem)) return undefined;
      return caseOfEnding.get(form.slice(stem.length));
    },
    kazakhForms(word) {
      if (word.length < kazakh.minimumWord || !CYRILLIC_WORD.test(word)) return [];
      const forms = kazakhEndings.map((ending) => word + ending);
      // A word ending in two consonants takes a linking vowel before a case ending: "Минск" -> "Минскіде".
      if (TWO_CONSONANTS.test(word)) {
        for (const ending of kazakh.case) if (!KAZAKH_VOWEL_START.test(ending)) forms.push(word + 'і' + ending, word + 'ы' + ending);
      }
      return forms;
    },
    kazakhStem(word) {
      if (!CYRILLIC_WORD.test(word)) return undefined;
      for (const ending of kazakhEndings) {
        if (!word.endsWith(ending)) continue;
        const stem = word.slice(0, word.length - ending.length);
        if (stem.length < kazakh.minimumStem + 1) continue;
        if (ending.length >= 3 || SURNAME_STEM.test(stem)) return stem;
      }
      return undefined;
    },
    surnameShaped(word) {
      if (!CYRILLIC_WORD.test(word)) return false;
      if (DECLINED_SURNAME.test(word)) return true;
      const stem = this.kazakhStem(word);
      return stem !== undefined && SURNAME_STEM.test(stem);
    },
    isKazakhGenitive(form, lemma) {
      return form.startsWith(lemma) && kazakh.genitive.includes(form.slice(lemma.length));
    },
    nominativeIn(word, grammaticalCase, language) {
      if (!CYRILLIC_WORD.test(word)) return undefined;
      const entries = declension.nameCases.languages[language]?.[grammaticalCase] ?? [];
      for (const entry of entries) {
        if (!word.endsWith(entry.ending)) continue;
        const stem = word.slice(0, word.length - entry.ending.length);
        if (stem.length < minimumStem) continue;
        if (entry.after !== undefined && !entry.after.includes(stem.at(-1)!)) continue;
        return stem + entry.nominative;
      }
      return undefined;
    },
  };
}
