/**
 * Whether the encounter a sentence reports took place. Each event word of the sentence ("meeting",
 * "visit", "кездес…") gets the status of the cues of its clause: a negation or cancellation word, or a
 * future, plan or invitation word. A cue belongs to the event word nearest to it in its clause, so
 * "Tokayev met Putin, who invited him to visit Moscow" keeps the meeting held and makes the visit
 * planned. An event word with no cue of its own follows the one before it when "and" joins them in
 * one clause ("will visit … and meet"), not when it is only mentioned ("cancels the meeting on the
 * sidelines of the summit" leaves the summit alone). A form that says it happened ("met",
 * "встретился", "кездесті") is held unless a negation or cancellation speaks of it.
 */
import type { Cue, EventKind, EventStatus } from '../contract/extraction-result.ts';
import type { EventLexicon } from './event-lexicon.ts';
import type { PhraseHit } from './phrase-matcher.ts';

export interface KindHit extends PhraseHit {
  readonly status: EventStatus;
  /** Said in so many words (a cue, or a form such as "met"), not held only for want of a cue. */
  readonly explicit: boolean;
  /** Only the frame of what the sentence reports: "within the summit", "саммиті аясында". */
  readonly framed: boolean;
  /** The words that frame it ("on the margins of"), when it is framed. */
  readonly frame?: string;
  /** How the status was read, for the fact's cue: "held-form", "cue:will", "follows:arrive", "no-cue". */
  readonly reading: string;
}

/** How close the event word must follow a word of possibility: a space, or an article ("possibility of a visit"). */
const POSSIBILITY_GAP = 4;

/** How far past a verb of discussion an event word still tells the manner of the talk ("discussed by phone"). */
const TOPIC_GAP = 2;

/** How close a frame word must be to the event word it frames: a short gap, such as an article or a name. */
const FRAME_GAP = 24;

/** A short name in quotation marks: «Тюркский совет», “Central Asia – European Union”. */
const QUOTED_NAME = /«[^«»]{1,60}»|“[^“”]{1,60}”|"[^"]{1,60}"/gu;

/** Punctuation that closes a clause: a cue across it speaks of another verb. */
const CLAUSE_BREAK = /[,;:()«»"“”]|\s[–—-]\s/gu;

/** Which status wins when one event word has several cues: "cancelled its planned visit" is cancelled. */
const PRECEDENCE: ReadonlyArray<Exclude<EventStatus, 'held'>> = ['denied', 'cancelled', 'planned'];

/**
 * An insertion that does not end its clause: a parenthesis ("Встреча глав МИД каспийской «пятерки»
 * (Азербайджан, Иран, …) запланирована на 5 декабря") and a short quoted name («пятерки») leave the
 * words on both sides in one clause, so a cue after them still speaks of the event word before them.
 */
const INSERTION = /\([^()]*\)|«[^«»,;:]{1,40}»|“[^“”,;:]{1,40}”/gu;

/** Where a sentence's clauses start: asked many times of one sentence (each date or cue against each event word). */
export interface SentenceClauses {
  /** The number of the clause a position of the sentence lies in. */
  of(position: number): number;
  /** Whether two positions lie in one clause, so that a cue at one speaks of the word at the other. */
  same(first: number, second: number): boolean;
}

/** The clauses of a sentence's text, found when first asked about. */
export function clausesOf(text: string): SentenceClauses {
  let starts: readonly number[] | undefined;
  const of = (position: number): number => {
    starts ??= clauseStarts(text);
    let clause = 0;
    while (clause + 1 < starts.length && starts[clause + 1]! <= position) clause += 1;
    return clause;
  };
  return { of, same: (first, second) => of(first) === of(second) };
}

function clauseStarts(text: string): readonly number[] {
  const starts = [0];
  const plain = text.replace(INSERTION, (insertion) => ' '.repeat(insertion.length));
  for (const match of plain.matchAll(CLAUSE_BREAK)) starts.push(match.index + match[0].length);
  return starts;
}

function gap(a: PhraseHit, b: PhraseHit): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/**
 * What setting off says of the event word it speaks of: a meeting at the journey's end is still to come
 * ("Лукашенко вирушив до Москви на зустріч із Путіним"), a visit has begun ("Мая Санду 27 червня вирушила з
 * офіційним візитом до Києва").
 */
function departureStatus(hit: PhraseHit): 'held' | 'planned' {
  return hit.group === 'visit' ? 'held' : 'planned';
}

/** Whether the words between two event words join them as one predicate: "arrive … and meet". */
function coordinated(between: string, lexicon: EventLexicon): boolean {
  return between
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => word.length > 0 && lexicon.listConnectors.has(word));
}

/** The event words of a sentence, each with the status its clause gives it. */
export function classifyEventHits(text: string, lexicon: EventLexicon): KindHit[] {
  const hits = lexicon.eventKinds.find(text);
  if (hits.length === 0) return [];
  const sentenceClauses = clausesOf(text);
  const clauses = hits.map((hit) => sentenceClauses.of(hit.start));
  const cuesOf = hits.map(() => new Map<string, { text: string; distance: number }>());
  const heldFormHits = lexicon.heldForms.find(text);
  const heldForm = new Set(heldFormHits.map((hit) => hit.start));
  // A cue speaks for the nearest event word of its clause; so does a verb that says it happened apart from
  // the event word ("жұмыс сапарымен Самарқандқа ұшып барды": the visit happened), as group 'held'.
  const apartHeldForms = heldFormHits.filter((form) => !hits.some((hit) => hit.start === form.start));
  const statusCues = lexicon.eventStatus.find(text);
  for (const cue of [...statusCues, ...apartHeldForms]) {
    if (cue.group === 'possible' || cue.group === 'topic') continue;
    const clause = sentenceClauses.of(cue.start);
    let nearest = -1;
    hits.forEach((hit, index) => {
      if (clauses[index] !== clause) return;
      if (nearest === -1 || gap(cue, hit) < gap(cue, hits[nearest]!)) nearest = index;
    });
    if (nearest < 0) continue;
    const distance = gap(cue, hits[nearest]!);
    const group = cue.group === 'departed' ? departureStatus(hits[nearest]!) : cue.group;
    const known = cuesOf[nearest]!.get(group);
    if (known === undefined || distance < known.distance) cuesOf[nearest]!.set(group, { text: cue.text, distance });
  }
  // "в телефонном разговоре с …": held, as a cue no plan word of the clause is farther from (it is the setting of what
  // the clause tells, so a plan word there speaks of the setting too: "will discuss … during a phone call").
  for (const setting of lexicon.heldSettings.find(text)) {
    const clause = sentenceClauses.of(setting.start);
    const inside = hits.findIndex((hit, index) => clauses[index] === clause && hit.start >= setting.start && hit.end <= setting.end);
    if (inside >= 0 && !cuesOf[inside]!.has('held')) cuesOf[inside]!.set('held', { text: setting.text, distance: Number.MAX_SAFE_INTEGER });
  }
  // "a possible visit", "можливість візиту": a word of possibility makes only the event word right after it planned,
  // not one it is merely near ("The talks focused on possible joint projects" were held).
  for (const cue of statusCues) {
    if (cue.group !== 'possible') continue;
    const next = hits.findIndex((hit) => hit.start >= cue.end);
    if (next < 0 || hits[next]!.start - cue.end > POSSIBILITY_GAP || clauses[next] !== sentenceClauses.of(cue.start)) continue;
    const distance = hits[next]!.start - cue.end;
    const known = cuesOf[next]!.get('planned');
    if (known === undefined || distance < known.distance) cuesOf[next]!.set('planned', { text: cue.text, distance });
  }
  // "Також вони обговорили підготовку до візиту … та можливі переговори з …", "discussed the upcoming summit": an
  // event word a verb of discussion governs, further on in its clause, is what was talked about, not an encounter
  // the sentence reports; one right after the verb tells how they talked ("обговорили телефоном", "discussed by phone").
  const topics = new Map<number, string>();
  for (const cue of statusCues) {
    if (cue.group !== 'topic') continue;
    const clause = sentenceClauses.of(cue.start);
    hits.forEach((hit, index) => {
      if (clauses[index] === clause && hit.start - cue.end > TOPIC_GAP && !topics.has(index)) topics.set(index, cue.text);
    });
  }
  const framed = new Map<number, string>();
  // A quoted name between a frame word and its event word is one word ("in the “Central Asia – European Union” Summit").
  const unquoted = (between: string) => between.replace(QUOTED_NAME, '«»').length;
  // "within the summit": the first event word after it. "Пашинян и Алиев встретились на полях саммита" met: the
  // word before a preposition is not what it frames.
  for (const frame of lexicon.frameMarkers.find(text)) {
    const after = hits.findIndex((hit) => hit.start >= frame.end);
    if (after >= 0 && unquoted(text.slice(frame.end, hits[after]!.start)) <= FRAME_GAP) framed.set(after, frame.text);
  }
  // "саммиті аясында": the event word just before it.
  for (const frame of lexicon.framePostpositions.find(text)) {
    const before = hits.findLastIndex((hit) => hit.end <= frame.start);
    if (before >= 0 && frame.start - hits[before]!.end <= 2) framed.set(before, frame.text);
  }
  const classified: KindHit[] = [];
  hits.forEach((rawHit, index) => {
    const frame = framed.get(index);
    const hit = { ...rawHit, framed: frame !== undefined, ...(frame !== undefined ? { frame } : {}) };
    const cues = cuesOf[index]!;
    // A verb that says it happened right beside the event word outweighs a plan word further off: "Встреча
    // дипломатов состоялась в Чолпон-Ате (Киргизия) накануне заседания" was held, the eve is the session's.
    const heldNearer = (cues.get('held')?.distance ?? Infinity) < (cues.get('planned')?.distance ?? Infinity);
    const strongest = PRECEDENCE.find((status) => cues.has(status) && !(status === 'planned' && heldNearer));
    const previous = classified.at(-1);
    const follows = {
      status: previous?.status ?? 'held',
      explicit: previous?.explicit ?? false,
      reading: `follows:${previous?.text ?? ''}`,
    };
    const topic = topics.get(index);
    if (topic !== undefined && frame === undefined && !heldForm.has(hit.start) && strongest !== 'denied' && strongest !== 'cancelled')
      classified.push({ ...hit, status: 'planned', explicit: true, reading: `topic:${topic}` });
    else if (strongest === 'denied' || strongest === 'cancelled')
      classified.push({ ...hit, status: strongest, explicit: true, reading: `cue:${cues.get(strongest)!.text}` });
    // "a summit hosted by …", "the talks held in …": a form right after another event word describes it.
    else if (previous !== undefined && hit.start - previous.end <= 2) classified.push({ ...hit, ...follows });
    else if (heldForm.has(hit.start)) classified.push({ ...hit, status: 'held', explicit: true, reading: 'held-form' });
    else if (strongest === 'planned')
      classified.push({ ...hit, status: strongest, explicit: true, reading: `cue:${cues.get(strongest)!.text}` });
    else if (cues.has('held')) classified.push({ ...hit, status: 'held', explicit: true, reading: `held-form:${cues.get('held')!.text}` });
    else if (previous !== undefined && clauses[index - 1] === clauses[index] && coordinated(text.slice(previous.end, hit.start), lexicon)) {
      classified.push({ ...hit, ...follows });
    } else classified.push({ ...hit, status: 'held', explicit: false, reading: 'no-cue' });
  });
  return classified;
}

/**
 * The kind and status of the encounter a sentence reports. When a word says outright that something
 * happened, it counts with the held words of container kinds ("met … ahead of the summit" is a held
 * meeting, "met … for the summit" a held summit); else words with a cue ("During the visit, Hu will meet …" is a planned meeting); else
 * all. A word that only frames another ("within the summit, … met …") counts only when nothing else
 * is left. Among them, the kinds' order of priority decides.
 */
export function sentenceEvent(
  allHits: readonly KindHit[],
  kindPriority: readonly EventKind[],
  containerKinds: ReadonlySet<EventKind> = new Set(),
): { kind: EventKind; status: EventStatus; cue: Cue; explicit: boolean } {
  const reported = allHits.filter((hit) => !hit.framed);
  const hits = reported.length > 0 ? reported : allHits;
  const held = hits.filter((hit) => hit.status === 'held');
  const cued = hits.filter((hit) => hit.explicit);
  // Beside a word that says it happened, an unmarked word counts only when it frames what happened (a
  // summit the leaders met for), not when it is mentioned ("… to take stock of years of negotiations").
  const considered = held.some((hit) => hit.explicit)
    ? held.filter((hit) => hit.explicit || containerKinds.has(hit.group as EventKind))
    : cued.length > 0
      ? cued
      : hits;
  const kind = kindPriority.find((candidate) => considered.some((hit) => hit.group === candidate)) ?? 'meeting';
  const decisive = considered.find((hit) => hit.group === kind) ?? considered[0];
  const status = decisive?.status ?? 'held';
  const cue: Cue = { text: decisive?.text ?? kind, rule: `event-word:${kind}+${status}:${decisive?.reading ?? 'no-cue'}` };
  return { kind, status, cue, explicit: decisive?.explicit ?? false };
}
