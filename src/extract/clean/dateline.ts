import type { PartialDate } from '../contract/extraction-result.ts';
import { MONTH_PATTERN, monthOf } from '../dates/date-words.ts';
import { partialDate } from '../dates/partial-date.ts';
import { findDateInLine } from '../dates/publication-date.ts';

/** The place (and agency) that opens a wire story: "ASTANA. KAZINFORM - ", "MOSCOW, May 10 (Reuters) - ". */
export interface Dateline {
  /** As written, without the final dash: "NUR SULTAN. KAZINFORM". */
  readonly text: string;
  /** Characters to skip from the start of the line to reach the sentence. */
  readonly length: number;
  readonly agency?: string;
  /** The full date a dateline carries ("ASTANA, March 3, 2023."), when it carries one. */
  readonly date?: PartialDate;
  /**
   * A day and month without a year ("АСТАНА. 28 мамыр.", "MOSCOW, May 10 (Reuters)"): the page must supply
   * the year before it can date the article.
   */
  readonly dayMonth?: PartialDate;
}

const PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}'’\- ]{1,40}?`;
const DASH = String.raw`\s*[-–—]+\s+`;

const DAY_MONTH = String.raw`(?:\d{1,2}\s+${MONTH_PATTERN}|${MONTH_PATTERN}\.?\s+\d{1,2})`;
/** An agency written before the dash ("BAQ.KZ", "ҚазТАГ") or as a one-word sentence after it ("– Sputnik."). */
const AGENCY_BEFORE_DASH = String.raw`\p{Lu}[\p{L}.\-]{1,20}`;
const AGENCY_AFTER_DASH = String.raw`\p{Lu}[\p{L}\-]{1,20}`;

interface DatelineForm {
  pattern: RegExp;
  agencyGroup?: number | readonly number[];
  dateGroup?: number;
  /** A group that may hold a full date, which the line then has; a dateline without one is still one. */
  optionalDateGroup?: number;
  /** Groups that must open with a capital: a month pattern needs the i flag, under which \p{Lu} matches any letter. */
  capitalGroups?: readonly number[];
  /** A cheap test that every line the pattern matches passes: a line that fails it is not tried. */
  mayMatch?: (line: string) => boolean;
}

/**
 * Where the day-and-month form's place can end: its place is a run of letters, marks, apostrophes, hyphens and
 * spaces (2 to 31 characters, none a stop or comma) right before a stop or comma, so that stop or comma is the
 * line's first. Under the i flag its first letter may be any letter, and the lazy place was tried at every
 * length against the month names for every sentence (findDateline was 1 % self of a CPU profile).
 */
const FIRST_STOP_OR_COMMA = /[.,]/;
const MIN_PLACE_END = 2;
const MAX_PLACE_END = 31;
const placeMayEnd = (line: string): boolean => {
  const end = line.search(FIRST_STOP_OR_COMMA);
  return end >= MIN_PLACE_END && end <= MAX_PLACE_END;
};

const FORMS: readonly DatelineForm[] = [
  // ASTANA, March 3, 2023.   АСТАНА, 3 марта 2023 года –   (a full date, then a stop or a dash)
  {
    pattern: new RegExp(
      String.raw`^(${PLACE}),\s+([^
.–—]{5,30}?\d{4})(?:\s+(?:года|г|року|р|жылы))?\.?(?:\.\s+|${DASH})`,
      'u',
    ),
    dateGroup: 2,
  },
  // АСТАНА. 28 мамыр. BAQ.KZ –   Астана. 15 тамыз. ҚазТАГ –   НҰР-СҰЛТАН, 27 ақпан – Sputnik.   Astana. July 4. KazTAG -
  // БРЮССЕЛЬ. 25 октября. КАЗИНФОРМ /Димаш Сыздыков/ -
  // (Kazakh and Russian wires: a day and month, the agency, perhaps with its reporter, before or just after the dash)
  {
    pattern: new RegExp(
      String.raw`^(\p{Lu}[\p{L}\p{M}'’\- ]{1,30}?)[.,]\s+(${DAY_MONTH})[.,]?\s*(?:(${AGENCY_BEFORE_DASH})\s*(?:\/[^/\n]{2,40}\/\s*)?)?${DASH}(?:(${AGENCY_AFTER_DASH})\.\s+(?=\p{Lu}))?`,
      'iu',
    ),
    agencyGroup: [3, 4],
    capitalGroups: [1, 3, 4],
    mayMatch: placeMayEnd,
  },
  // ASTANA. KAZINFORM -
  { pattern: new RegExp(String.raw`^(${PLACE})\.\s+(\p{Lu}[\p{Lu}\p{M}&'’\- ]{1,30}?)${DASH}`, 'u'), agencyGroup: 2 },
  // MOSCOW, May 10 (Reuters) -   ANKARA (AA) -
  { pattern: new RegExp(String.raw`^(${PLACE})(?:,[^()\n]{1,40}?)?\s*\(([^()\n]{2,30})\)${DASH}`, 'u'), agencyGroup: 2 },
  // МОСКВА, 10 мая. /ТАСС/.   ДУШАНБЕ, 20.09.2022 /НИАТ «Ховар»/.
  {
    pattern: new RegExp(String.raw`^(${PLACE}),([^/\n]{1,30}?)\/([^/\n]{2,30})\/\.?\s+`, 'u'),
    agencyGroup: 3,
    optionalDateGroup: 2,
  },
  // WASHINGTON —
  { pattern: new RegExp(String.raw`^(\p{Lu}[\p{Lu}\p{M}'’\- ]{2,40}?)(?:,\s*[\p{L} .]{2,30}?)?${DASH}`, 'u') },
];

export function findDateline(line: string): Dateline | undefined {
  for (const { pattern, agencyGroup, dateGroup, optionalDateGroup, capitalGroups, mayMatch } of FORMS) {
    if (mayMatch !== undefined && !mayMatch(line)) continue;
    const match = pattern.exec(line);
    if (!match) continue;
    if (capitalGroups?.some((group) => match[group] !== undefined && !/^\p{Lu}/u.test(match[group]))) continue;
    const text = match[0].replace(/[\s\-–—]+$/u, '').trim();
    const agency = [agencyGroup ?? []]
      .flat()
      .map((group) => match[group]?.trim())
      .find((found) => found);
    const dateText = match[dateGroup ?? optionalDateGroup ?? -1];
    const date = dateText === undefined ? undefined : findDateInLine(dateText)?.date;
    if (dateGroup !== undefined && date === undefined) continue;
    const dayMonth = date ? undefined : dayAndMonth(text);
    return {
      text,
      length: match[0].length,
      ...(agency ? { agency: displayAgency(agency) } : {}),
      ...(date ? { date } : {}),
      ...(dayMonth ? { dayMonth } : {}),
    };
  }
  return undefined;
}

/** "KAZINFORM" reads as "Kazinform"; short acronyms (TASS, AA), web names (BAQ.KZ) and mixed case stay as written. */
function displayAgency(agency: string): string {
  if (agency.length <= 4 || agency.includes('.') || agency !== agency.toUpperCase()) return agency;
  return agency.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

const DAY_THEN_MONTH = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})\s+(${MONTH_PATTERN})`, 'iu');
const MONTH_THEN_DAY = new RegExp(String.raw`(?<!\p{L})(${MONTH_PATTERN})\.?\s+(\d{1,2})(?!\d)`, 'iu');

/** The day and month a dateline writes without a year ("28 мамыр", "May 10"). */
function dayAndMonth(text: string): PartialDate | undefined {
  const dayFirst = DAY_THEN_MONTH.exec(text);
  if (dayFirst) return partialDate({ month: monthOf(dayFirst[2]!), day: Number(dayFirst[1]) }, dayFirst[0]);
  const monthFirst = MONTH_THEN_DAY.exec(text);
  if (monthFirst) return partialDate({ month: monthOf(monthFirst[1]!), day: Number(monthFirst[2]) }, monthFirst[0]);
  return undefined;
}
