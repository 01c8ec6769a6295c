import type { PartialDate } from '../contract/extraction-result.ts';
import { partialDate } from '../dates/partial-date.ts';
import { dateOfDateLine, findDateInLine } from '../dates/publication-date.ts';
import { findDateline, type Dateline } from './dateline.ts';
import {
  authorOf,
  comparable,
  endsAsSentence,
  endsOpen,
  hasPrefixMarker,
  isFurniture,
  isHeadlineLike,
  isLineMarker,
  isNameLine,
  isProse,
  words,
  isSourceLine,
  isTailMarker,
  startsAsContinuation,
} from './line-features.ts';
import { PAGE_CLUTTER } from './page-clutter.ts';
import { splitLines, type TextLine } from './text-lines.ts';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where the article is inside a page's text, and what its header says. */
export interface ArticleLayout {
  /** The headline's line, when the text has one. */
  readonly headline?: Span;
  /** Paragraphs of the article body, in order; everything else in the text is clutter or header. */
  readonly body: readonly Span[];
  readonly publishedAt?: PartialDate;
  readonly dateline?: Dateline;
  readonly author?: string;
}

type LineKind = 'prose' | 'short' | 'date' | 'author' | 'tail' | 'clutter';

interface ClassifiedLine extends TextLine {
  kind: LineKind;
  /** Where the line's own content starts, after a leading date ("date 2021-02-05 ASTANA ..."). */
  contentStart: number;
  content: string;
  date?: PartialDate;
  author?: string;
}

/** Some article text must come before a "Related news" heading for it to end the article. */
const MIN_BODY_BEFORE_TAIL = 150;
/** A date line opens the article when less than this share of the page's prose lies before it. */
const MAX_PROSE_SHARE_BEFORE_HEADER_DATE = 0.25;
/** How far above the date line or first paragraph the headline may be, in lines. */
const HEADLINE_SEARCH_LINES = 8;
/** A caption is short; a long line that quotes a photo credit is still prose. */
const MAX_CAPTION_LENGTH = 400;
/** How many opening words, and how many lines in a row sharing them, make a list of cross-links. */
const CROSS_LINK_PREFIX_WORDS = 4;
const CROSS_LINK_RUN = 3;

/** This many clutter lines in a row, late in the page, mean the article has ended. */
const CLUTTER_RUN_ENDING_ARTICLE = 4;

/**
 * Finds the article in a page's text: the headline, the header (date, author, dateline) and the body
 * paragraphs, telling them from menus, widgets, cross-links, lists of other headlines, comment forms and
 * footers. Works on lines: phrases from data/language/page-clutter.json, the shape of a line (prose or
 * title, list item, currency or phone pattern) and its place (before the header date, after "Related news").
 */
export function findArticleBody(text: string, hints: { title?: string } = {}): ArticleLayout {
  const lines = markCrossLinkLists(joinSoftBreaks(text, splitLines(text)).map(classify));
  const proseTotal = sum(lines.filter((line) => line.kind === 'prose').map((line) => line.content.length));

  let headlineIndex = hints.title ? lineMatchingTitle(lines, hints.title) : undefined;
  const headerDateIndex = findHeaderDate(lines, proseTotal, headlineIndex);
  let bodyStartIndex: number;
  if (headerDateIndex !== undefined) {
    const dateLine = lines[headerDateIndex]!;
    bodyStartIndex = dateLine.kind === 'prose' ? headerDateIndex : headerDateIndex + 1;
    headlineIndex ??= headlineAbove(lines, headerDateIndex);
  } else {
    let first = firstIndex(lines, (line) => line.kind === 'prose', (headlineIndex ?? -1) + 1);
    if (headlineIndex === undefined && first !== undefined) {
      const line = lines[first]!;
      if (!endsAsSentence(line.content) && isHeadlineLike(line.content)) {
        headlineIndex = first;
        first = firstIndex(lines, (candidate) => candidate.kind === 'prose', first + 1);
      } else {
        headlineIndex = headlineAbove(lines, first);
      }
    }
    bodyStartIndex = first ?? lines.length;
  }
  if (headlineIndex !== undefined && bodyStartIndex <= headlineIndex) bodyStartIndex = headlineIndex + 1;

  const isBody = new Array<boolean>(lines.length).fill(false);
  let author = lines.slice(0, bodyStartIndex).find((line) => line.author)?.author;
  const headline = headlineIndex === undefined ? undefined : lines[headlineIndex]!;
  const headlineKey = headline ? comparable(headline.text) : undefined;
  const repeatsHeadline = (line: ClassifiedLine) =>
    headline !== undefined && Math.abs(line.text.length - headline.text.length) <= 5 && comparable(line.text) === headlineKey;
  let bodyLength = 0;
  for (let index = bodyStartIndex; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.kind === 'tail' && bodyLength >= MIN_BODY_BEFORE_TAIL) break;
    if (line.kind === 'author') {
      if (line.author) author ??= line.author;
      else {
        const next = lines[index + 1];
        if (next && isNameLine(next.text)) {
          author ??= next.text;
          index += 1;
        }
      }
      continue;
    }
    if ((line.kind === 'prose' || runsOnFrom(line, isBody[index - 1] === true)) && !repeatsHeadline(line)) {
      isBody[index] = true;
      bodyLength += line.content.length;
    }
  }
  endAtLongClutterRun(lines, isBody);

  const dateSource = headerDateIndex === undefined ? undefined : lines[headerDateIndex];
  const body: Span[] = [];
  let dateline: Dateline | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    if (!isBody[index]) continue;
    const line = lines[index]!;
    let start = line.contentStart;
    if (body.length === 0) {
      dateline = findDateline(line.content);
      if (dateline) start += dateline.length;
    }
    const last = body[body.length - 1];
    if (last && !line.afterBlank && isBody[index - 1]) body[body.length - 1] = { start: last.start, end: line.end };
    else body.push({ start, end: line.end });
  }

  const layout: { -readonly [Key in keyof ArticleLayout]: ArticleLayout[Key] } = { body };
  if (headlineIndex !== undefined) layout.headline = { start: lines[headlineIndex]!.start, end: lines[headlineIndex]!.end };
  // A date line of the page header wins; else the full date a wire dateline carries, or its day and month
  // in the year the page's own dates give.
  const publishedAt = dateSource?.date ?? dateline?.date ?? (dateline?.dayMonth ? inPageYear(dateline.dayMonth, lines, isBody) : undefined);
  if (publishedAt) layout.publishedAt = publishedAt;
  if (dateline) layout.dateline = dateline;
  if (author) layout.author = author;
  return layout;
}

/** How far a year-less dateline may lie from the body's first full date for that date to give its year. */
const MAX_DAYS_FROM_BODY_DATE = 120;

/**
 * The year of a dateline's day and month ("АСТАНА. 28 мамыр."), as a reader finds it: a full date anywhere
 * on the page with the same day and month (a caption's "27.02.2021"), else the year that puts it nearest
 * the first full date of the body ("2014 жылдың 29 мамыры"), when that is within a few months; a page
 * that writes no year leaves the article undated rather than guessed.
 */
function inPageYear(dayMonth: PartialDate, lines: readonly ClassifiedLine[], isBody: readonly boolean[]): PartialDate | undefined {
  const { month, day } = dayMonth;
  if (month === undefined || day === undefined) return undefined;
  const fullDates = lines.map((line, index) => ({ date: line.date ?? findDateInLine(line.text)?.date, body: isBody[index] === true }));
  const sameDay = fullDates.find(({ date }) => date?.month === month && date.day === day && date.year !== undefined);
  if (sameDay) return partialDate({ year: sameDay.date!.year, month, day }, dayMonth.text);
  const bodyDate = fullDates.find(
    ({ date, body }) => body && date?.year !== undefined && date.month !== undefined && date.day !== undefined,
  )?.date;
  if (!bodyDate) return undefined;
  const anchor = Date.UTC(bodyDate.year!, bodyDate.month! - 1, bodyDate.day);
  const nearest = [bodyDate.year! - 1, bodyDate.year!, bodyDate.year! + 1]
    .map((year) => ({ year, days: Math.abs(Date.UTC(year, month - 1, day) - anchor) / 86_400_000 }))
    .sort((a, b) => a.days - b.days)[0]!;
  return nearest.days <= MAX_DAYS_FROM_BODY_DATE ? partialDate({ year: nearest.year, month, day }, dayMonth.text) : undefined;
}

/** A photo caption with its credit ("… /AFP via Getty Images", "… / Фото: wikipedia.org") or a bare web address. */
function isWebAddress(text: string): boolean {
  return /^\s*(?:https?:\/\/|www\.)\S+\s*$/iu.test(text);
}

function isCaptionOrAddress(text: string): boolean {
  if (isWebAddress(text)) return true;
  if (text.length > MAX_CAPTION_LENGTH) return false;
  const lower = text.toLowerCase();
  return PAGE_CLUTTER.creditMarkers.some((marker) => lower.includes(marker));
}

/**
 * Lines that open with the same words, three or more in a row, are a list of cross-links (a teaser list
 * that repeats the page's headline before each item): clutter, however much they read like prose.
 */
function markCrossLinkLists(lines: ClassifiedLine[]): ClassifiedLine[] {
  const openings = lines.map((line) => {
    const words = line.text.toLowerCase().split(/\s+/u, CROSS_LINK_PREFIX_WORDS);
    return words.length === CROSS_LINK_PREFIX_WORDS ? words.join(' ') : undefined;
  });
  let runStart = 0;
  for (let index = 1; index <= lines.length; index += 1) {
    if (index < lines.length && openings[index] !== undefined && openings[index] === openings[runStart]) continue;
    if (index - runStart >= CROSS_LINK_RUN) for (let at = runStart; at < index; at += 1) lines[at] = { ...lines[at]!, kind: 'clutter' };
    runStart = index;
  }
  return lines;
}

/**
 * Joins a line to the one before when the break falls inside a sentence (after a comma, or before a
 * lower-case word): wrapped text and <br> inside a paragraph are one line for the classifier.
 */
function joinSoftBreaks(text: string, lines: readonly TextLine[]): TextLine[] {
  const joined: TextLine[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (previous && !line.afterBlank && !isWebAddress(line.text) && (endsOpen(previous.text) || startsAsContinuation(line.text))) {
      joined[joined.length - 1] = { ...previous, end: line.end, text: text.slice(previous.start, line.end) };
    } else {
      joined.push(line);
    }
  }
  return joined;
}

function classify(line: TextLine): ClassifiedLine {
  const result: ClassifiedLine = { ...line, kind: 'short', contentStart: line.start, content: line.text };
  const wholeDate = dateOfDateLine(line.text);
  if (wholeDate) return { ...result, kind: 'date', date: wholeDate };
  const leading = leadingDate(line.text);
  if (leading) {
    result.date = leading.date;
    result.contentStart = line.start + leading.length;
    result.content = line.text.slice(leading.length);
  }
  const content = result.content;
  if (!result.date) {
    const stamp = gluedTimestamp(content) ?? trailingTimestamp(content);
    if (stamp) result.date = stamp;
  }
  const author = authorOf(content);
  if (author !== undefined) {
    // A by-line often carries the date: "By Aida Haidar in Nation on 10 May 2023".
    const date = result.date ?? findDateInLine(content)?.date;
    return { ...result, kind: 'author', author: author || undefined, ...(date ? { date } : {}) };
  }
  if (isTailMarker(content)) return { ...result, kind: 'tail' };
  if (isLineMarker(content) || hasPrefixMarker(content) || isSourceLine(content) || isFurniture(content) || isCaptionOrAddress(content)) {
    return { ...result, kind: 'clutter' };
  }
  const prose = isProse(content);
  if (leading && !prose) return { ...result, kind: 'date' };
  return { ...result, kind: prose ? 'prose' : 'short' };
}

/** How many words a line must run on in, mostly lower case, to be a body sentence without its stop. */
const MIN_WORDS_RUNNING_ON = 6;
const MIN_LOWER_CASE_SHARE_RUNNING_ON = 0.75;

/**
 * A sentence whose stop the page lost ("5 грудня в Ашхабаді проходить саміт ради глав дер" ending an
 * excerpt), right under a body line with no blank line between: it runs on in lower-case words, as a menu
 * item, a headline or a caption does not.
 */
function runsOnFrom(line: ClassifiedLine, underBody: boolean): boolean {
  if (line.kind !== 'short' || !underBody || line.afterBlank) return false;
  const lineWords = words(line.content);
  if (lineWords.length < MIN_WORDS_RUNNING_ON) return false;
  const lower = lineWords.filter((word) => /^\p{Ll}/u.test(word)).length;
  return lower / lineWords.length >= MIN_LOWER_CASE_SHARE_RUNNING_ON;
}

/**
 * A page timestamp run into the words around it, as a stored page joins its headline, time stamp and
 * dateline into one line ("… на высшем уровне15.04.2016 16:44ТАШКЕНТ, 15 апреля."): a numeric date right
 * after a letter and followed by a time is no date a sentence would write.
 */
const GLUED_TIMESTAMP = /(?<=\p{L})(\d{2}\.\d{2}\.\d{4})\s?\d{1,2}:\d{2}(?!\d)/u;

function gluedTimestamp(text: string): PartialDate | undefined {
  // The time's colon first: most lines have none, and a search for one character spares them the pattern.
  if (!text.includes(':')) return undefined;
  const glued = GLUED_TIMESTAMP.exec(text);
  return glued ? findDateInLine(glued[1]!)?.date : undefined;
}

/**
 * A headline with its time stamp after it, as a stored page joins them ("Putin meets Nazarbayev in Moscow
 * 23 декабря 2014, 20:33"): a full date and a time that end a line no sentence ends.
 */
const TRAILING_TIME = /[,\s]+\d{1,2}:\d{2}\s*$/u;

function trailingTimestamp(text: string): PartialDate | undefined {
  // As in gluedTimestamp: no colon, no time; the unanchored pattern is tried at every space of the line.
  if (!text.includes(':')) return undefined;
  const time = TRAILING_TIME.exec(text);
  if (!time) return undefined;
  const found = findDateInLine(text.slice(0, time.index));
  return found && found.index + found.length === time.index ? found.date : undefined;
}

/** A date opening a line that goes on with other text: "date 2021-02-05 ASTANA. KAZINFORM - ...". */
function leadingDate(text: string): { date: PartialDate; length: number } | undefined {
  const found = findDateInLine(text.slice(0, 60));
  if (!found) return undefined;
  const before = text.slice(0, found.index).trim().replace(/:$/, '').toLowerCase();
  if (before !== '' && !PAGE_CLUTTER.dateLabels.includes(before)) return undefined;
  let length = found.index + found.length;
  while (length < text.length && /[\s,|–—-]/u.test(text[length]!)) length += 1;
  return { date: found.date, length };
}

/** The last date line before most of the page's prose: the article's header date. */
function findHeaderDate(lines: readonly ClassifiedLine[], proseTotal: number, after: number | undefined): number | undefined {
  let proseBefore = 0;
  let found: number | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (proseBefore > proseTotal * MAX_PROSE_SHARE_BEFORE_HEADER_DATE) break;
    if (line.kind === 'tail' && proseBefore >= MIN_BODY_BEFORE_TAIL) break;
    if (line.date && (after === undefined || index > after)) found = index;
    if (line.kind === 'prose') {
      // Prose right after the header date is the article: stop there.
      if (found !== undefined && index > found) break;
      proseBefore += line.content.length;
    }
  }
  return found;
}

function headlineAbove(lines: readonly ClassifiedLine[], index: number): number | undefined {
  for (let candidate = index - 1; candidate >= Math.max(0, index - HEADLINE_SEARCH_LINES); candidate -= 1) {
    const line = lines[candidate]!;
    if ((line.kind === 'short' || line.kind === 'prose') && isHeadlineLike(line.content)) return candidate;
  }
  return undefined;
}

function lineMatchingTitle(lines: readonly ClassifiedLine[], title: string): number | undefined {
  const key = comparable(title);
  if (key.length < 8) return undefined;
  const index = lines.findIndex((line) => {
    const lineKey = comparable(line.text);
    return (
      lineKey === key ||
      (lineKey.length >= key.length * 0.6 && key.startsWith(lineKey)) ||
      (key.length >= lineKey.length * 0.6 && lineKey.startsWith(key) && lineKey.length <= key.length * 1.5)
    );
  });
  return index < 0 ? undefined : index;
}

/** After most of the article, a long run of lines that are not prose is a list of other stories or a footer. */
function endAtLongClutterRun(lines: readonly ClassifiedLine[], isBody: boolean[]): void {
  const total = sum(lines.map((line, index) => (isBody[index] ? line.content.length : 0)));
  let before = 0;
  let run = 0;
  for (let index = 0; index < lines.length; index += 1) {
    if (isBody[index]) {
      before += lines[index]!.content.length;
      run = 0;
      continue;
    }
    if (before === 0) continue;
    run += 1;
    if (run >= CLUTTER_RUN_ENDING_ARTICLE && before >= (total * 2) / 3) {
      for (let rest = index + 1; rest < lines.length; rest += 1) isBody[rest] = false;
      return;
    }
  }
}

function firstIndex(lines: readonly ClassifiedLine[], test: (line: ClassifiedLine) => boolean, from: number): number | undefined {
  for (let index = from; index < lines.length; index += 1) if (test(lines[index]!)) return index;
  return undefined;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
