import { PAGE_CLUTTER } from './page-clutter.ts';

/** A line ends as a sentence does: with a stop, perhaps inside closing quotes or brackets. */
const ENDS_AS_SENTENCE = /[.!?…]["'»”’)\]]*$/u;
/** A sentence ends and another begins inside the line. */
const INNER_SENTENCE_END = /[.!?…]["'»”’)]?\s+["«“]?\p{Lu}/u;
/** A line that continues on the next one. */
const ENDS_OPEN = /[,;–—-]$/u;
/** A numbered or bulleted list item ("3 Brazil has 49 cases ...", "• Main Page"). */
const LIST_ITEM = /^(?:\d{1,2}[.)]?\s+\p{Lu}|[•·▪►▶◦*-]\s)/u;
const WORD_WITH_LETTER = /\p{L}/u;
const CAPITALISED = /^["«“(]?\p{Lu}/u;
/** Below this share of capitalised words a long line without a stop is prose, above it a title or tag list. */
const MAX_CAPITALISED_SHARE_OF_PROSE = 0.4;
/**
 * A sentence that lists attendees or signatories ("... took part: the President of Azerbaijan Ilham Aliyev,
 * the President of Iran ...") is mostly capitalised, and where a stored page is cut it ends without a stop.
 * Long, comma-separated and with a few lower-case words of its own, it is prose, not a title or tag list.
 */
const MIN_WORDS_OF_ENUMERATION = 20;
const MIN_COMMAS_OF_ENUMERATION = 3;
const MIN_LOWER_CASE_WORDS_OF_ENUMERATION = 3;
const LOWER_CASE_WORD = /^\p{Ll}{4,}$/u;

/** Marker phrases and furniture are short; a longer line is never one, which spares long lines the work. */
const MAX_MARKER_LINE_LENGTH = 80;

/**
 * usd/kzt 450.16, руб/тнг 5.35: Latin or Cyrillic codes spelled out as classes; with \p{L} (and the
 * case-insensitive flag) V8 took some 20 microseconds a test even on a dozen characters.
 */
const CURRENCY_PAIR = /(?:^|[^A-Za-z\u0400-\u04FF0-9_])[A-Za-z\u0400-\u04FF]{3}\s?\/\s?[A-Za-z\u0400-\u04FF]{3}\s+\d/u;
/** Enough of a line before a slash for a pair's first code, a space and the character before it. */
const BEFORE_SLASH = 5;
const AFTER_SLASH = 12;

/**
 * A currency pair somewhere in the line, looked for only around its slashes, so that a long line costs
 * a few characters per slash rather than a try at every position.
 */
function hasCurrencyPair(text: string): boolean {
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    if (CURRENCY_PAIR.test(text.slice(Math.max(0, slash - BEFORE_SLASH), slash + AFTER_SLASH))) return true;
  }
  return false;
}

/**
 * Page furniture recognised by its shape, in any language. Each shape has a cheap test for a character
 * it cannot do without, so that most lines are spared the regular expression.
 */
const DEGREE_SIGN = /[°℃℉]/u;
const STARTS_AS_NUMBER = /^[+\d(]/u;
const STARTS_AS_LINK = /^(?:h|w)/iu;
const STARTS_AS_COPYRIGHT = /^[©(c]/iu;
const ENDS_WITH_ARROW = /[>»›]\s*$/u;
const FURNITURE_SHAPES: ReadonlyArray<{ needs: (text: string) => boolean; pattern: RegExp }> = [
  { needs: (text) => DEGREE_SIGN.test(text), pattern: /[+\-−]?\d{1,2}\s*(?:°\s*[CF]?|℃|℉)/u }, // temperatures
  { needs: (text) => STARTS_AS_NUMBER.test(text), pattern: /^\+?[\d\s()\-–]{9,}$/u }, // phone numbers
  { needs: (text) => STARTS_AS_LINK.test(text), pattern: /^(?:https?:\/\/|www\.)\S+$/iu }, // a bare link
  { needs: (text) => text.includes('@'), pattern: /^\S+@\S+\.\S+$/u }, // a bare e-mail address
  { needs: (text) => STARTS_AS_COPYRIGHT.test(text), pattern: /^(?:©|\(c\)|copyright\b)/iu },
  { needs: (text) => ENDS_WITH_ARROW.test(text), pattern: /(?:\s[>»›]\s*|[>»›])$/u }, // breadcrumbs: Main Page > News >
];

export function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => WORD_WITH_LETTER.test(word));
}

/**
 * Whether `words(text)` holds at least `count` words, read only as far as that: most lines that are prose
 * end as a sentence, and their words are not needed beyond the first few. isProse had split and tested
 * every word of every paragraph of the page (2% of the whole pipeline's time over the sample articles);
 * the document stage went from 0.79 to 0.76 ms CPU per article.
 */
function hasWords(text: string, count: number): boolean {
  let found = 0;
  // exec on one global pattern: matchAll built an iterator and a copy of the pattern for every line.
  NON_SPACE_RUN.lastIndex = 0;
  for (let match = NON_SPACE_RUN.exec(text); match !== null; match = NON_SPACE_RUN.exec(text)) {
    if (WORD_WITH_LETTER.test(match[0])) found += 1;
    if (found >= count) return true;
  }
  return found >= count;
}

const NON_SPACE_RUN = /\S+/g;

/**
 * Reads like running text rather than a title, menu item, caption or list entry: it ends as a sentence,
 * or continues on the next line, or holds a sentence break, or is long and mostly lower case.
 */
export function isProse(text: string): boolean {
  if (!hasWords(text, 4)) return false;
  const endsAsSentence = ENDS_AS_SENTENCE.test(text);
  if (LIST_ITEM.test(text) && !endsAsSentence) return false;
  if (endsAsSentence) return true;
  const lineWords = words(text);
  if (ENDS_OPEN.test(text) && lineWords.length >= 6) return true;
  if (lineWords.length >= 8 && INNER_SENTENCE_END.test(text)) return true;
  const capitalised = lineWords.filter((word) => CAPITALISED.test(word)).length;
  if (lineWords.length >= 10 && capitalised / lineWords.length < MAX_CAPITALISED_SHARE_OF_PROSE) return true;
  return isEnumeratingSentence(text, lineWords);
}

function isEnumeratingSentence(text: string, lineWords: readonly string[]): boolean {
  if (lineWords.length < MIN_WORDS_OF_ENUMERATION) return false;
  const commas = text.split(',').length - 1;
  if (commas < MIN_COMMAS_OF_ENUMERATION) return false;
  const lowerCaseWords = lineWords.filter((word) => LOWER_CASE_WORD.test(word.replace(/[,;:]$/u, ''))).length;
  return lowerCaseWords >= MIN_LOWER_CASE_WORDS_OF_ENUMERATION;
}

/** Could be a headline: several words, mostly letters, not ending in a full stop or colon, not a list item. */
export function isHeadlineLike(text: string): boolean {
  if (text.length < 15 || text.length > 300) return false;
  if (/[.:;,]$/.test(text) || LIST_ITEM.test(text)) return false;
  const lineWords = words(text).filter((word) => word.replace(/[^\p{L}]/gu, '').length >= 2);
  if (lineWords.length < 3) return false;
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  return letters / text.replace(/\s/g, '').length >= 0.6;
}

export function isFurniture(text: string): boolean {
  // Furniture is short; long lines are only checked for the currency pairs a rates widget runs together.
  if (text.length > MAX_MARKER_LINE_LENGTH) return hasCurrencyPair(text);
  return hasCurrencyPair(text) || FURNITURE_SHAPES.some(({ needs, pattern }) => needs(text) && pattern.test(text));
}

/** The line as a marker phrase: lower case, without surrounding punctuation, bullets and arrows. */
export function markerKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\s•·▪►▶◦*|#>»›-]+/u, '')
    .replace(/[\s:|>»›.…!-]+$/u, '')
    .replace(/\s+/g, ' ');
}

export function isLineMarker(text: string): boolean {
  return text.length <= MAX_MARKER_LINE_LENGTH && PAGE_CLUTTER.lineMarkers.has(markerKey(text));
}

/** A tail marker alone on its line, or followed by a colon and a list ("Tags: Kazakhstan, Turkey"). */
export function isTailMarker(text: string): boolean {
  if (text.length <= MAX_MARKER_LINE_LENGTH && PAGE_CLUTTER.tailMarkers.has(markerKey(text))) return true;
  const colon = text.indexOf(':');
  return colon > 0 && colon <= MAX_MARKER_LINE_LENGTH && PAGE_CLUTTER.tailMarkers.has(markerKey(text.slice(0, colon)));
}

/**
 * Begins with a clutter phrase as whole words ("Увага Ердоган назвав ...", "Читать новость на русском").
 * A one-word phrase must be followed by a capital, a dash or punctuation, so that "Увага світу прикута"
 * stays prose.
 */
const LONGEST_PREFIX_MARKER = Math.max(...PAGE_CLUTTER.prefixMarkers.map((marker) => marker.length));

export function hasPrefixMarker(text: string): boolean {
  const stripped = text.replace(/^[\s•·▪►▶◦*-]+/u, '');
  const lower = stripped.slice(0, LONGEST_PREFIX_MARKER).toLowerCase();
  for (const marker of PAGE_CLUTTER.prefixMarkers) {
    if (!lower.startsWith(marker)) continue;
    const next = stripped.slice(marker.length);
    if (next === '') return true;
    if (/^\p{L}/u.test(next) && /\p{L}$/u.test(marker)) continue;
    if (marker.includes(' ') || !/\p{L}$/u.test(marker)) return true;
    if (/^\s*(?:[\p{Lu}\d"«“]|[-–—:!.,|])/u.test(next)) return true;
  }
  return false;
}

/** "By Aida Haidar", "By Aida Haidar in Nation on 10 May 2023", "Written by A. Name | Agency". */
const BY_LINE_NAME = String.raw`\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})(?:$|,|\s*[|•·–—-]\s|\s+(?:in|on|for|at)\s)`;
/** One-word and two-word labels ("By", "Written by"), tried in turn because names are capitalised words too. */
const BY_LINES = [new RegExp(String.raw`^(\p{L}+)` + BY_LINE_NAME, 'u'), new RegExp(String.raw`^(\p{L}+ \p{L}+)` + BY_LINE_NAME, 'u')];

/** "Author: Name", "Автор: Name" or a by-line: the author's name, '' when the label stands alone. */
export function authorOf(text: string): string | undefined {
  const colon = text.indexOf(':');
  if ((colon < 0 || colon > 25) && text.length > MAX_MARKER_LINE_LENGTH) return undefined;
  // A label ends at the line's first colon (neither its words nor the spaces after them hold one).
  const labelled = colon < 0 ? null : /^([\p{L} ]{2,20}?)\s*:\s*(.*)$/u.exec(text);
  if (labelled && PAGE_CLUTTER.authorLabels.includes(labelled[1]!.toLowerCase())) return labelled[2]!.trim();
  // A by-line never ends as a sentence does; "By Thursday, the ministers had agreed." is prose.
  if (ENDS_AS_SENTENCE.test(text) || text.length > MAX_MARKER_LINE_LENGTH) return undefined;
  for (const pattern of BY_LINES) {
    const byLine = pattern.exec(text);
    if (byLine && PAGE_CLUTTER.authorLabels.includes(byLine[1]!.toLowerCase())) return byLine[2]!;
  }
  return undefined;
}

/** A name alone on its line, as under an "Author:" label. */
export function isNameLine(text: string): boolean {
  return (
    /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}?[\p{L}.'’-]*){0,4}$/u.test(text) &&
    !ENDS_AS_SENTENCE.test(text.replace(/\.$/, '')) &&
    words(text).length <= 5
  );
}

/** "Source: the ministry" and the like: a credit, never a sentence. */
export function isSourceLine(text: string): boolean {
  const labelled = text.includes(':') ? /^([\p{L} ]{2,20}?)\s*:/u.exec(text) : null;
  return !!labelled && PAGE_CLUTTER.sourceLabels.includes(labelled[1]!.toLowerCase()) && text.length <= 120;
}

export function endsAsSentence(text: string): boolean {
  return ENDS_AS_SENTENCE.test(text);
}

/** The next line continues this one's sentence: it opens with a lower-case word or a dash and one. */
export function startsAsContinuation(text: string): boolean {
  return /^(?:[–—-]\s*)?\p{Ll}/u.test(text);
}

export function endsOpen(text: string): boolean {
  return ENDS_OPEN.test(text);
}

/** For comparing a line with a title: lower case, one kind of quote and apostrophe, no punctuation. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
