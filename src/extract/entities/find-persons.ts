import type { NameForm } from '../knowledge/name-index.ts';
import type { Cue, Lexicon } from './lexicon.ts';
import type { ScannedSentence, Span } from './scan-sentence.ts';

/** A title as the sentence states it: one office (or role) with its qualifiers, as a token range. */
export interface StatedTitle {
  readonly from: number;
  readonly to: number;
  /** The office cue's id, before qualifiers are applied; undefined for a role word ("Spokesperson"). */
  readonly officeCueId?: string;
}

/** Whose country or organization a title names ("Turkey’s", "of Azerbaijan", "Туреччини"). */
export interface Descriptor {
  readonly span: Span & { type: 'entity' };
  readonly id: string;
}

/** A personal name the sentence gives, with the titles and descriptors around it. */
export interface PersonFinding {
  readonly sentence: ScannedSentence;
  /** Token range of the name, initials included. */
  readonly nameFrom: number;
  readonly nameTo: number;
  /** Set when the name is (or ends in) a knowledge-base person's name. */
  readonly knownId?: string;
  readonly knownForm?: NameForm;
  /** Number of name words, initials excluded. */
  readonly wordCount: number;
  readonly initials: number;
  readonly titles: readonly StatedTitle[];
  readonly descriptors: readonly Descriptor[];
  readonly counterpart: boolean;
  /** Introduced by a title, role, honorific or counterpart word, not just written. */
  readonly introduced: boolean;
  /** Token range of the title, role or counterpart words with their descriptors, when there are any. */
  readonly groupFrom?: number;
  readonly groupTo?: number;
}

/** A title with no name next to it ("the Turkish President", "his Kazakh counterpart"): it refers to someone named elsewhere. */
export interface TitleReference {
  readonly sentence: ScannedSentence;
  readonly from: number;
  readonly to: number;
  readonly titles: readonly StatedTitle[];
  readonly descriptors: readonly Descriptor[];
  readonly counterpart: boolean;
}

const NAME_WORD = /^\p{L}[\p{L}\p{M}'’ʼ]+$/u;
const INITIAL = /^\p{Lu}$/u;
const NAME_GAP = /^[ \t\u00A0]*[-\u2010\u2011]?[ \t\u00A0]*$/u;
const SPACE_GAP = /^[ \t\u00A0]+$/u;
const HYPHEN_GAP = /^[-\u2010\u2011]$/u;
const COMMA_GAP = /^\s*,\s*$/u;
const INITIAL_GAP = /^\.[ \t\u00A0]?-?[ \t\u00A0]?$/u;

const PERSON_CUES = new Set<Cue['type']>(['office', 'qualifier', 'role', 'counterpart', 'honorific']);

function personCandidate(span: Span | undefined): { id: string; form: NameForm } | undefined {
  if (span?.type !== 'entity') return undefined;
  const candidate = span.candidates.find((entry) => entry.kind === 'person');
  return candidate === undefined ? undefined : { id: candidate.id, form: candidate.form };
}

function descriptorOf(span: Span | undefined): Descriptor | undefined {
  if (span?.type !== 'entity') return undefined;
  const candidate = span.candidates.find((entry) => entry.kind === 'country' || entry.kind === 'organization');
  return candidate === undefined ? undefined : { span, id: candidate.id };
}

export class SentencePersons {
  readonly findings: PersonFinding[] = [];
  readonly references: TitleReference[] = [];
  /** Tokens that belong to a finding, a reference or their titles, so later passes leave them alone. */
  readonly consumed: boolean[];
  readonly #lexicon: Lexicon;
  readonly #s: ScannedSentence;

  constructor(lexicon: Lexicon, sentence: ScannedSentence) {
    this.#lexicon = lexicon;
    this.#s = sentence;
    this.consumed = new Array(sentence.tokens.length).fill(false);
    this.#run();
  }

  /** A capitalized word that may be part of a personal name: not a known name, title or stop word. */
  isNameWord(at: number): boolean {
    const token = this.#s.tokens[at];
    if (token === undefined || this.#s.spanAt[at] !== undefined) return false;
    if (!token.capitalized || token.allCaps || !NAME_WORD.test(token.text)) return false;
    return !this.#lexicon.notNames.has(this.#s.keys[at]!);
  }

  #isParticle(at: number): boolean {
    const token = this.#s.tokens[at];
    return token !== undefined && !token.capitalized && this.#lexicon.nameParticles.has(token.norm);
  }

  #gap(at: number): string {
    return this.#s.tokens[at]?.gapBefore ?? '';
  }

  #cueAt(at: number): (Span & { type: 'cue' }) | undefined {
    const span = this.#s.spanAt[at];
    return span?.type === 'cue' && span.from === at ? span : undefined;
  }

  /** Reads a name starting at `at`: initials, then up to three name words, possibly ending in a known surname. */
  readName(at: number): { to: number; words: number; initials: number; knownId?: string; knownForm?: NameForm } | undefined {
    const { tokens, spanAt } = this.#s;
    let position = at;
    let initials = 0;
    while (position < tokens.length && INITIAL.test(tokens[position]!.text) && INITIAL_GAP.test(this.#gap(position + 1) ?? '')) {
      initials += 1;
      position += 1;
    }
    const known = personCandidate(spanAt[position]);
    if (known !== undefined && spanAt[position]!.from === position && (initials === 0 || NAME_GAP.test(this.#gap(position)) || INITIAL_GAP.test(this.#gap(position)))) {
      return { to: spanAt[position]!.to, words: spanAt[position]!.to - position, initials, knownId: known.id, knownForm: known.form };
    }
    let words = 0;
    const first = position;
    while (position < tokens.length && words < 3) {
      if (position > first && !NAME_GAP.test(this.#gap(position))) break;
      const surname = personCandidate(spanAt[position]);
      if (words > 0 && surname !== undefined && spanAt[position]!.from === position && surname.form === 'surname') {
        return { to: spanAt[position]!.to, words: words + 1, initials, knownId: surname.id, knownForm: 'surname' };
      }
      if (this.isNameWord(position)) {
        if (!HYPHEN_GAP.test(this.#gap(position)) || position === first) words += 1;
        position += 1;
      } else if (words > 0 && this.#isParticle(position) && this.isNameWord(position + 1)) {
        position += 1;
      } else break;
    }
    // Hyphenated parts after the third word still belong to it.
    while (position < tokens.length && HYPHEN_GAP.test(this.#gap(position)) && this.isNameWord(position)) position += 1;
    if (words === 0) return undefined;
    return { to: position, words, initials };
  }

  #run(): void {
    const { spans } = this.#s;
    for (const span of spans) {
      if (span.type !== 'cue' || this.consumed[span.from]) continue;
      if (!span.cues.some((cue) => PERSON_CUES.has(cue.type))) continue;
      this.#readGroup(span.from);
    }
    for (const span of spans) {
      const known = personCandidate(span);
      if (known === undefined || this.consumed[span.from]) continue;
      const from = this.#firstNameBefore(span.from, known.form);
      this.#addFinding({ nameFrom: from, nameTo: span.to, knownId: known.id, knownForm: known.form, wordCount: span.to - from, initials: 0, titles: [], descriptors: [], counterpart: false, introduced: false });
    }
  }

  /** A known surname right after a capitalized first name starts the name there ("Heydar Aliyev"), so the first name can be checked. */
  #firstNameBefore(surnameFrom: number, form: NameForm): number {
    if (form !== 'surname' || !this.isNameWord(surnameFrom - 1) || this.consumed[surnameFrom - 1] || !SPACE_GAP.test(this.#gap(surnameFrom))) return surnameFrom;
    return surnameFrom - 1;
  }

  #addFinding(finding: Omit<PersonFinding, 'sentence'>): void {
    if (finding.nameTo <= finding.nameFrom) return;
    this.findings.push({ sentence: this.#s, ...finding });
    for (let at = finding.nameFrom; at < finding.nameTo; at += 1) this.consumed[at] = true;
  }

  /** Reads titles joined by "and" from `from`, their descriptors, and the name after or before them. */
  #readGroup(from: number): void {
    const titles: StatedTitle[] = [];
    let counterpart = false;
    let honorific = false;
    let position = from;
    for (;;) {
      const titleFrom = position;
      const joined = (at: number) => at === titleFrom || SPACE_GAP.test(this.#gap(at)) || HYPHEN_GAP.test(this.#gap(at));
      let cue = this.#cueAt(position);
      while (cue !== undefined && joined(position) && cue.cues.every((entry) => entry.type === 'qualifier')) {
        position = cue.to;
        cue = this.#cueAt(position);
      }
      if (cue === undefined || !joined(position)) break;
      const types = new Set(cue.cues.map((entry) => entry.type));
      if (types.has('counterpart')) counterpart = true;
      if (types.has('honorific')) honorific = true;
      if (!types.has('office') && !types.has('role') && !types.has('counterpart') && !types.has('honorific')) break;
      position = cue.to;
      if (types.has('office') || types.has('role')) {
        const office = cue.cues.find((entry) => entry.type === 'office');
        titles.push({ from: titleFrom, to: position, ...(office?.type === 'office' ? { officeCueId: office.officeId } : {}) });
      }
      // Another title of the same person: "Deputy Prime Minister and the Minister of Foreign Affairs".
      const connector = this.#connectorAt(position);
      if (connector === undefined || !this.#startsTitle(connector)) break;
      position = connector;
    }
    if (position === from) return;

    const descriptors: Descriptor[] = [];
    const before = this.#descriptorBefore(from);
    if (before !== undefined) descriptors.push(before);
    position = this.#readDescriptorsAfter(position, descriptors);
    for (let at = from; at < position; at += 1) this.consumed[at] = true;

    const introduced = titles.length > 0 || counterpart || honorific;
    const gap = this.#gap(position);
    const name = SPACE_GAP.test(gap) || COMMA_GAP.test(gap) ? this.readName(position) : undefined;
    if (name !== undefined && (name.knownId !== undefined || name.words >= 2 || name.initials > 0)) {
      const known = name.knownId === undefined ? {} : { knownId: name.knownId, knownForm: name.knownForm! };
      this.#addFinding({ nameFrom: position, nameTo: name.to, ...known, wordCount: name.words, initials: name.initials, titles, descriptors, counterpart, introduced, groupFrom: from, groupTo: position });
      return;
    }
    if (name !== undefined && introduced) {
      // One capitalized word after a title: kept, but a person only if the article names them in full elsewhere.
      this.#addFinding({ nameFrom: position, nameTo: name.to, wordCount: 1, initials: 0, titles, descriptors, counterpart, introduced, groupFrom: from, groupTo: position });
      return;
    }
    const nameBefore = titles.length > 0 ? this.#nameBefore(before === undefined ? from : before.span.from) : undefined;
    if (nameBefore !== undefined) {
      this.#addFinding({ ...nameBefore, titles, descriptors, counterpart, introduced, groupFrom: from, groupTo: position });
      return;
    }
    if (titles.length > 0 || counterpart) this.references.push({ sentence: this.#s, from, to: position, titles, descriptors, counterpart });
  }

  #connectorAt(position: number): number | undefined {
    const { keys } = this.#s;
    if (COMMA_GAP.test(this.#gap(position)) && this.#cueAt(position) !== undefined) return position;
    for (const length of [3, 2, 1]) {
      const phrase = keys.slice(position, position + length).join(' ');
      if (keys.length >= position + length && this.#lexicon.titleConnectors.has(phrase)) return position + length;
    }
    return undefined;
  }

  #startsTitle(position: number): boolean {
    const cue = this.#cueAt(position);
    return cue !== undefined && cue.cues.some((entry) => entry.type === 'office' || entry.type === 'qualifier' || entry.type === 'role');
  }

  #descriptorBefore(from: number): Descriptor | undefined {
    const previous = this.#s.spanAt[from - 1];
    if (previous === undefined || !/^\s+$/u.test(this.#gap(from))) return undefined;
    return descriptorOf(previous);
  }

  /** "of Azerbaijan", "of the Republic of Belarus", or a Cyrillic genitive right after the title ("Туреччини"). */
  #readDescriptorsAfter(position: number, descriptors: Descriptor[]): number {
    const { keys, spanAt, tokens } = this.#s;
    for (;;) {
      let next = position;
      for (const length of [2, 1]) {
        if (next === position && this.#lexicon.complementWords.has(keys.slice(position, position + length).join(' ')) && SPACE_GAP.test(this.#gap(position))) next = position + length;
      }
      const span = spanAt[next];
      const descriptor = span?.from === next ? descriptorOf(span) : undefined;
      const direct = next === position;
      if (descriptor === undefined || !SPACE_GAP.test(this.#gap(next))) return position;
      if (direct && !(tokens[next]!.cyrillic && descriptor.span.candidates.some((candidate) => candidate.form !== 'adjective' && candidate.form !== 'demonym'))) {
        return position;
      }
      descriptors.push(descriptor);
      position = descriptor.span.to;
    }
  }

  /** "Murat Nurtleu, Deputy Prime Minister ...": a name that ends right before ", title". */
  #nameBefore(titleFrom: number): Omit<PersonFinding, 'sentence' | 'titles' | 'descriptors' | 'counterpart' | 'introduced'> | undefined {
    if (!COMMA_GAP.test(this.#gap(titleFrom))) return undefined;
    const { spanAt } = this.#s;
    const end = titleFrom;
    const known = personCandidate(spanAt[end - 1]);
    if (known !== undefined) {
      const span = spanAt[end - 1]!;
      const from = this.#firstNameBefore(span.from, known.form);
      return { nameFrom: from, nameTo: span.to, knownId: known.id, knownForm: known.form, wordCount: span.to - from, initials: 0 };
    }
    let start = end;
    let words = 0;
    while (start > 0 && words < 3 && this.isNameWord(start - 1) && (start === end || NAME_GAP.test(this.#gap(start)))) {
      start -= 1;
      if (!HYPHEN_GAP.test(this.#gap(start + 1)) || start + 1 === end) words += 1;
    }
    if (words < 2) return undefined;
    const name = this.readName(start);
    if (name === undefined || name.to !== end) return undefined;
    return { nameFrom: start, nameTo: end, wordCount: words, initials: 0 };
  }
}
