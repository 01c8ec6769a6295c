import type { PartialDate } from '../contract/extraction-result.ts';
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
}

const PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}'’\- ]{1,40}?`;
const DASH = String.raw`\s*[-–—]+\s+`;

const FORMS: ReadonlyArray<{ pattern: RegExp; agencyGroup?: number; dateGroup?: number }> = [
  // ASTANA, March 3, 2023.   АСТАНА, 3 марта 2023 года –   (a full date, then a stop or a dash)
  { pattern: new RegExp(String.raw`^(${PLACE}),\s+([^
.–—]{5,30}?\d{4})(?:\s+(?:года|г|року|р|жылы))?\.?(?:\.\s+|${DASH})`, 'u'), dateGroup: 2 },
  // ASTANA. KAZINFORM -
  { pattern: new RegExp(String.raw`^(${PLACE})\.\s+(\p{Lu}[\p{Lu}\p{M}&'’\- ]{1,30}?)${DASH}`, 'u'), agencyGroup: 2 },
  // MOSCOW, May 10 (Reuters) -   ANKARA (AA) -
  { pattern: new RegExp(String.raw`^(${PLACE})(?:,[^()\n]{1,40}?)?\s*\(([^()\n]{2,30})\)${DASH}`, 'u'), agencyGroup: 2 },
  // МОСКВА, 10 мая. /ТАСС/.
  { pattern: new RegExp(String.raw`^(${PLACE}),[^/\n]{1,30}?\/([^/\n]{2,30})\/\.?\s+`, 'u'), agencyGroup: 2 },
  // WASHINGTON —
  { pattern: new RegExp(String.raw`^(\p{Lu}[\p{Lu}\p{M}'’\- ]{2,40}?)(?:,\s*[\p{L} .]{2,30}?)?${DASH}`, 'u') },
];

export function findDateline(line: string): Dateline | undefined {
  for (const { pattern, agencyGroup, dateGroup } of FORMS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const text = match[0].replace(/[\s\-–—]+$/u, '').trim();
    const agency = agencyGroup ? match[agencyGroup]?.trim() : undefined;
    const date = dateGroup ? findDateInLine(match[dateGroup] ?? '')?.date : undefined;
    if (dateGroup && date === undefined) continue;
    return { text, length: match[0].length, ...(agency ? { agency: displayAgency(agency) } : {}), ...(date ? { date } : {}) };
  }
  return undefined;
}

/** "KAZINFORM" reads as "Kazinform"; short acronyms (TASS, AA) and mixed case stay as written. */
function displayAgency(agency: string): string {
  if (agency.length <= 4 || agency !== agency.toUpperCase()) return agency;
  return agency.toLowerCase().replace(/(^|[\s\-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
