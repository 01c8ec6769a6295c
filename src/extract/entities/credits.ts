/**
 * Where a sentence credits its source instead of stating facts: the dateline that opens a wire story
 * ("ASTANA. KAZINFORM –", "MOSCOW, May 10 (Reuters) –") and a bracketed credit near its start
 * ("TASHKENT, (UrduPoint / Pakistan Point News - 12th Oct, 2022)"). Names inside are the reporter's,
 * not actors: "Pakistan" there makes Pakistan no party to a Tashkent meeting.
 */
import { findDateline } from '../clean/dateline.ts';

/** How far into a sentence a bracketed credit may start: after a dateline's city and date at most. */
const CREDIT_WITHIN = 60;
/** What a bracket must hold to be a credit rather than an aside: a source's slash or a word of the trade. */
const CREDIT_CONTENT = /\/|\b(news|agency|press|reuters|xinhua|tass|sputnik|агентств|інформ|новост|новин|ақпарат)/iu;

/** Character ranges [start, end) of the sentence's text that are credits. */
export function creditRanges(text: string): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  const dateline = findDateline(text);
  if (dateline !== undefined) ranges.push([0, dateline.length]);
  const bracket = /\(([^()]{2,120})\)/u.exec(text);
  if (bracket !== null && bracket.index <= CREDIT_WITHIN && CREDIT_CONTENT.test(bracket[1]!))
    ranges.push([bracket.index, bracket.index + bracket[0].length]);
  return ranges;
}
