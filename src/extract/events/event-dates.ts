/** The date of an event: which dates of a sentence date its encounter, and how two dates compare. */
import type { EventKind, PartialDate } from '../contract/extraction-result.ts';
import type { DateMention } from '../document/prepared-article.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { clausesOf, type KindHit } from './event-status.ts';
import type { SentenceFacts } from './sentence-facts.ts';
import { withoutReportDates } from './report-dates.ts';

/** The date a sentence gives its event: the most precise stated one; a bare year is too vague for an encounter. */
export function eventDate(dates: readonly DateMention[]): PartialDate | undefined {
  const precise = dates.filter((mention) => mention.date.month !== undefined);
  const withDay = precise.find((mention) => mention.date.day !== undefined);
  return (withDay ?? precise[0])?.date;
}

/** How close a date must stand to an event word to be that word's date ("visit to Uzbekistan on April 14"). */
const DATE_BESIDE_EVENT_WORD = 30;

/**
 * The dates of a sentence that date its event: a date standing by an event word of another kind belongs to
 * that word ("the talks focused on … the state visit to Uzbekistan on April 14-15" dates the visit, not the
 * talks).
 */
export function datesOfEvent(
  sentence: SentenceFacts,
  hits: readonly KindHit[],
  kind: EventKind,
  lexicon: EventLexicon,
): readonly DateMention[] {
  const offset = sentence.sentence.start;
  const dates = withoutReportDates(sentence.sentence.text, offset, sentence.dates, hits, lexicon);
  if (hits.length < 2 || dates.length === 0) return dates;
  // "Met", "talks" can name any gathering ("met on Wednesday for the summit"); a visit, summit, signing or
  // call names one of its own.
  const clauses = clausesOf(sentence.sentence.text);
  const namesAnotherEvent = (group: string) => group !== kind && (lexicon.containerKinds.has(group as EventKind) || group === 'phone_call');
  return dates.filter((mention) => {
    const distance = (hit: KindHit) => Math.max(0, hit.start - (mention.end - offset), mention.start - offset - hit.end);
    // A frame ("within the summit") dates what happens inside it too.
    const standingBy = hits.filter(
      (hit) => !hit.framed && distance(hit) <= DATE_BESIDE_EVENT_WORD && clauses.same(hit.start, mention.start - offset),
    );
    if (standingBy.length === 0) return true;
    const nearest = standingBy.reduce((best, hit) => (distance(hit) < distance(best) ? hit : best));
    return !namesAnotherEvent(nearest.group);
  });
}

export function sameDay(a: PartialDate | undefined, b: PartialDate | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return false;
  return !(a.day !== undefined && b.day !== undefined && a.day !== b.day);
}

export function precision(date: PartialDate | undefined): number {
  if (date === undefined) return 0;
  return (date.year !== undefined ? 4 : 0) + (date.month !== undefined ? 2 : 0) + (date.day !== undefined ? 1 : 0);
}
