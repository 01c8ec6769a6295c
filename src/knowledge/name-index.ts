import type { KnowledgeProblem } from './knowledge-error.ts';
import type { AmbiguousName, Language, Paradigm } from './knowledge-schema.ts';
import { normalizeName } from './normalize-name.ts';

export type NameForm =
  'name' | 'official-name' | 'alias' | 'acronym' | 'former-name' | 'surname' | 'inflected-form' | 'adjective' | 'demonym' | 'title';

/** Where a name comes from, kept so that a clash can be reported at both of its places. */
export interface NameOrigin {
  readonly file: string;
  readonly record: string;
  readonly field: string;
}

export interface NameSource extends NameOrigin {
  readonly id: string;
  readonly form: NameForm;
  readonly language: Language;
  readonly text: string;
}

/** A stem whose inflected forms (stem + an ending of the paradigm) all name the entity. */
export interface StemSource extends NameSource {
  readonly stem: string;
  readonly paradigm: string;
}

export interface NameMatch {
  readonly id: string;
  readonly form: NameForm;
  readonly language: Language;
  /** The name as the knowledge base writes it (for a stem match: the lemma). */
  readonly text: string;
  /** For a match through a stem: the ending that followed it. */
  readonly ending?: string;
}

export interface NameLookup {
  readonly key: string;
  readonly matches: readonly NameMatch[];
  /** The distinct entities the name can mean; more than one only for names listed as ambiguous. */
  readonly ids: readonly string[];
  /** The ambiguous-names.json entry for this name, if any: it says which reading to prefer. */
  readonly ambiguity?: AmbiguousName;
}

export interface NameIndex {
  lookup(surface: string): NameLookup;
}

interface Indexed extends NameMatch, NameOrigin {}

const AMBIGUOUS_FILE = 'ambiguous-names.json';

function describeOrigin(entry: Indexed): string {
  return `${entry.id} (${entry.file}, ${entry.field})`;
}

function distinctIds(matches: readonly NameMatch[]): string[] {
  return [...new Set(matches.map((match) => match.id))];
}

/**
 * Builds the lookup from every name to its entity. Two entities may share a normalized name only when
 * ambiguous-names.json lists the name with both ids; any other clash is a problem, reported at the
 * later of the two places, because a silent clash would send mentions to the wrong node.
 */
export function buildNameIndex(
  names: readonly NameSource[],
  stems: readonly StemSource[],
  paradigms: readonly Paradigm[],
  ambiguousNames: readonly AmbiguousName[],
): { index: NameIndex; problems: KnowledgeProblem[] } {
  const problems: KnowledgeProblem[] = [];
  const exact = new Map<string, Indexed[]>();
  const byStem = new Map<string, Map<string, Indexed[]>>();
  const ambiguityByKey = new Map<string, AmbiguousName>();
  ambiguousNames.forEach((ambiguous) => ambiguityByKey.set(normalizeName(ambiguous.name), ambiguous));

  const declaredAmbiguous = (key: string, ids: readonly string[]): boolean => {
    const declared = ambiguityByKey.get(key);
    return declared !== undefined && ids.every((id) => declared.ids.includes(id));
  };

  const add = (bucket: Map<string, Indexed[]>, key: string, entry: Indexed, allowAmbiguity: boolean, what: string): void => {
    const existing = bucket.get(key) ?? [];
    const clash = existing.find((other) => other.id !== entry.id);
    if (clash !== undefined && !(allowAmbiguity && declaredAmbiguous(key, [clash.id, entry.id]))) {
      problems.push({
        file: entry.file,
        record: entry.record,
        field: entry.field,
        expected:
          `${what} that no other entity uses, but "${entry.text}" (normalized "${key}") also names ${describeOrigin(clash)}` +
          (allowAmbiguity ? `; if both readings are real, list the name in ${AMBIGUOUS_FILE}` : ''),
      });
    }
    if (!existing.some((other) => other.id === entry.id && other.form === entry.form && other.language === entry.language)) {
      existing.push(entry);
    }
    bucket.set(key, existing);
  };

  for (const source of names) {
    const key = normalizeName(source.text);
    add(exact, key, { ...source }, true, 'a name');
  }
  for (const source of stems) {
    const paradigmStems = byStem.get(source.paradigm) ?? new Map<string, Indexed[]>();
    byStem.set(source.paradigm, paradigmStems);
    add(paradigmStems, normalizeName(source.stem), { ...source }, false, `a stem for ${source.paradigm}`);
  }

  const endingsByParadigm = new Map(
    paradigms.map((paradigm) => [
      paradigm.id,
      [...new Set(paradigm.endings.map((ending) => normalizeName(ending)))].sort((a, b) => b.length - a.length),
    ]),
  );

  const lookupKey = (key: string): NameMatch[] => {
    const direct = exact.get(key);
    if (direct !== undefined) return direct.map(({ id, form, language, text }) => ({ id, form, language, text }));
    const found: NameMatch[] = [];
    for (const [paradigm, stemMap] of byStem) {
      for (const ending of endingsByParadigm.get(paradigm) ?? []) {
        if (!key.endsWith(ending) || key.length === ending.length) continue;
        for (const entry of stemMap.get(key.slice(0, key.length - ending.length)) ?? []) {
          if (!found.some((match) => match.id === entry.id && match.form === entry.form)) {
            found.push({ id: entry.id, form: entry.form, language: entry.language, text: entry.text, ending });
          }
        }
      }
    }
    return found;
  };

  ambiguousNames.forEach((ambiguous, position) => {
    const record = `#${position} (${ambiguous.name})`;
    const resolved = distinctIds(lookupKey(normalizeName(ambiguous.name)));
    const unexplained = resolved.filter((id) => !ambiguous.ids.includes(id));
    const unused = ambiguous.ids.filter((id) => !resolved.includes(id));
    if (resolved.length === 0) {
      problems.push({ file: AMBIGUOUS_FILE, record, field: 'name', expected: 'a name that some entity of the base has' });
    } else if (unexplained.length > 0 || unused.length > 0) {
      problems.push({
        file: AMBIGUOUS_FILE,
        record,
        field: 'ids',
        expected: `exactly the ids the name resolves to (${resolved.join(', ')})`,
      });
    }
    if (ambiguous.preferredId !== undefined && !ambiguous.ids.includes(ambiguous.preferredId)) {
      problems.push({ file: AMBIGUOUS_FILE, record, field: 'preferredId', expected: `one of ids (${ambiguous.ids.join(', ')})` });
    }
  });

  const index: NameIndex = {
    lookup(surface: string): NameLookup {
      const key = normalizeName(surface);
      const matches = lookupKey(key);
      const ambiguity = ambiguityByKey.get(key);
      return { key, matches, ids: distinctIds(matches), ...(ambiguity === undefined ? {} : { ambiguity }) };
    },
  };
  return { index, problems };
}
