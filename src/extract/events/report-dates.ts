/**
 * A date right after a verb of reporting dates the report, not the encounter: "…обговорив із ним питання
 * Криму, повідомляє 22 жовтня пресслужба", "Tokayev met Putin, the Kremlin said on Tuesday". A clause of
 * its own that names no event word is the report's; "заявив у вівторок під час зустрічі" keeps its date,
 * as the meeting is in the clause.
 */
import type { DateMention } from '../document/prepared-article.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { clausesOf } from './event-status.ts';
import type { PhraseHit } from './phrase-matcher.ts';

/** What may stand between the verb and its date: a space and a short preposition ("on", "у", "в"). */
const REPORT_DATE_GAP = /^\s+(?:\p{L}{1,2}\s+)?$/u;

/** The dates of a sentence (offsets into the article) less those that date a report of the encounter. */
export function withoutReportDates(
  text: string,
  offset: number,
  dates: readonly DateMention[],
  eventHits: readonly PhraseHit[],
  lexicon: EventLexicon,
): readonly DateMention[] {
  if (dates.length === 0) return dates;
  const verbs = lexicon.reportVerbs.find(text);
  if (verbs.length === 0) return dates;
  const clauses = clausesOf(text);
  return dates.filter((mention) => {
    const start = mention.start - offset;
    const reported = verbs.some((verb) => verb.end <= start && REPORT_DATE_GAP.test(text.slice(verb.end, start)));
    return !reported || eventHits.some((hit) => clauses.same(hit.start, start));
  });
}
