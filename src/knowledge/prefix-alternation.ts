/**
 * One alternation of many patterns, written so that V8 scans it fast: the patterns' leading letters are
 * written once and shared, as in a trie ("d(?:efen(?:ce…|se…))" rather than "defence…|defense…").
 * V8 tries the alternatives of an alternation one after the other, so at a word start the long list
 * tried every pattern; the shared form tries a few dozen letters and follows only the one that matches.
 *
 * It matches what the plain list matches, and with the same alternative: patterns are grouped by their
 * leading letter (ignoring case when the expression does), each group keeps the patterns' order, and two
 * patterns whose leading letters differ can never both match at the same place, so the first pattern of
 * the list that matches at a place is the first of its group that matches there. Patterns are split only
 * where every one of a group goes on with a plain letter; where one goes on with a class, an escape or
 * nothing, that group's patterns stay listed in order.
 */
export interface Alternative<T> {
  /** The pattern's regular-expression source, without capture groups of its own. */
  readonly source: string;
  readonly value: T;
}

export interface PrefixAlternation<T> {
  /** The alternation, each pattern's rest in a capture group of its own. */
  readonly source: string;
  /**
   * The same alternation without capture groups, which V8 scans markedly faster (each capture is a pair of
   * registers it resets at every place it tries): it finds where a match is, and `source`, tried at that
   * place, which pattern it is.
   */
  readonly uncaptured: string;
  /** The values of the patterns in the order of their capture groups: group n is values[n - 1]. */
  readonly values: readonly T[];
}

/** A letter or digit standing for itself: not escaped, not in a class, not repeated. */
const LEADING_LETTER = /^[\p{L}\p{N}](?![*+?{])/u;

interface Pending<T> {
  readonly rest: string;
  readonly value: T;
}

/**
 * The patterns as one alternation; ignoreCase must be the flag the expression will be compiled with.
 * With notAfter (a class's body), the alternation matches only where the character before is not of that
 * class, as `(?<![notAfter])(?:…)` would; the check is made after the leading letter ("d(?<![…][^])…"),
 * and says the same. Which is faster was measured, not reasoned: for the case-insensitive event words the
 * check after the letter (the event-kind matcher over the sample sentences 268 -> 177 µs, 215 with the
 * check in front), for the case-sensitive topic keywords the check in front (401 -> 342 µs, 617 after).
 */
export function prefixAlternation<T>(
  alternatives: ReadonlyArray<Alternative<T>>,
  ignoreCase: boolean,
  notAfter?: string,
): PrefixAlternation<T> {
  const values: T[] = [];
  const items = alternatives.map(({ source: rest, value }) => ({ rest, value }));
  const boundary = notAfter === undefined ? undefined : { before: `(?<![${notAfter}])`, afterLetter: `(?<![${notAfter}][^])` };
  const source = alternation(items, { ignoreCase, capture: true }, values, boundary);
  return { source, uncaptured: alternation(items, { ignoreCase, capture: false }, [], boundary), values };
}

interface Mode {
  readonly ignoreCase: boolean;
  readonly capture: boolean;
}

function alternation<T>(
  items: ReadonlyArray<Pending<T>>,
  mode: Mode,
  values: T[],
  boundary?: { before: string; afterLetter: string },
): string {
  if (items.length < 2 || !items.every((item) => LEADING_LETTER.test(item.rest))) {
    const listed = items
      .map((item) => {
        values.push(item.value);
        return mode.capture ? `(${item.rest})` : `(?:${item.rest})`;
      })
      .join('|');
    return boundary === undefined ? listed : `${boundary.before}(?:${listed})`;
  }
  return byLeadingLetter(items, mode.ignoreCase)
    .map(({ letter, group }) => {
      if (group.length === 1 && boundary === undefined) return alternation(group, mode, values);
      const rests = group.map((item) => ({ rest: item.rest.slice(letter.length), value: item.value }));
      const inner = alternation(rests, mode, values);
      return `${letter}${boundary?.afterLetter ?? ''}${rests.length === 1 ? inner : `(?:${inner})`}`;
    })
    .join('|');
}

function byLeadingLetter<T>(items: ReadonlyArray<Pending<T>>, ignoreCase: boolean): Array<{ letter: string; group: Array<Pending<T>> }> {
  const groups: Array<{ letter: string; group: Array<Pending<T>> }> = [];
  for (const item of items) {
    const letter = String.fromCodePoint(item.rest.codePointAt(0)!);
    const found = groups.find((candidate) => sameLetter(candidate.letter, letter, ignoreCase));
    if (found) found.group.push(item);
    else groups.push({ letter, group: [item] });
  }
  return groups;
}

/** Whether the two letters match the same text: equal, or equal once case is folded as the expression folds it ("s", "S", "ſ"). */
function sameLetter(a: string, b: string, ignoreCase: boolean): boolean {
  return a === b || (ignoreCase && new RegExp(`^${a}$`, 'iu').test(b));
}

/**
 * The match of `identify` (a sticky expression whose alternatives are each one capture group, in order)
 * at `index`, where its uncaptured twin found a match, and which alternative it is (0-based): the
 * capturing form, tried at that very place, makes the same match.
 */
export function matchedAlternative(identify: RegExp, text: string, index: number): { match: RegExpExecArray; alternative: number } {
  identify.lastIndex = index;
  const match = identify.exec(text)!;
  let group = 1;
  while (match[group] === undefined) group += 1;
  return { match, alternative: group - 1 };
}
