/** An encounter while the story is read: what its reports so far tell of it, before it becomes an ExtractedEvent. */
import type { Cue, EventKind, EventStatus, PartialDate } from '../contract/extraction-result.ts';

export interface Draft {
  kinds: EventKind[];
  /** Held, planned, cancelled or denied: reports of one encounter agree on it, so a planned visit never absorbs a held meeting. */
  status: EventStatus;
  /** The words and rule of the sentence that opened the encounter. */
  cue: Cue;
  /** One of a subject's side meetings ("also met with A, B and C"): only reports of the same two join it. */
  sideMeeting?: boolean;
  /** The summit a side meeting was held on the sidelines of: where it took place, unless the text says. */
  withinSummit?: Draft;
  /**
   * A gathering told only by taking part in it together ("… президенттерімен … бірге қатысты"): a later report of one
   * of its participants ("Тоқаев … Ыстанбұл қаласына барды") is another fact, not more of it.
   */
  gathering?: boolean;
  /** First told as a side or separate encounter ("на полях", "on the margins", "also met"): held in a host city, maybe no side's. */
  sidelines?: boolean;
  persons: string[];
  countries: string[];
  /** An organization standing for its members: it opens an encounter that persons named later join. */
  collectives: string[];
  /** Countries a visit went to: they host it, unless a person of theirs is named. */
  hosts: string[];
  date?: PartialDate;
  placeId?: string;
  topics: Set<string>;
  sentences: number[];
}
