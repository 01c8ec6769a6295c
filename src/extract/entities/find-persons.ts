import type { NameForm } from '../../knowledge/name-index.ts';
import type { OfficeQualifier } from '../../knowledge/knowledge-schema.ts';
import { qualifiedOffice } from '../../knowledge/office-titles.ts';
import type { GrammaticalCase } from './declension.ts';
import type { Cue, Lexicon } from './lexicon.ts';
import { latinKey } from './lexicon.ts';
import { readCountryListThenNames, readCountryNameLists, type ListedHolder, type NameReading } from './country-name-list.ts';
import { sameSurname } from './person-names.ts';
import type { PhraseTable } from './phrase-index.ts';
import { phraseEndAt, type ScannedSentence, type Span } from './scan-sentence.ts';

/** A title as the sentence states it: one office (or role) with its qualifiers, as a token range. */
export interface StatedTitle {
  readonly from: number;
  /** End of the title, its portfolio included ("Minister of Food, Agriculture and Light Industry"). */
  readonly to: number;
  /** The office cue's id, before qualifiers are applied; undefined for a role word ("Spokesperson"). */
  readonly officeCueId?: string;
  /** The canonical office the title names, qualifiers and portfolio applied; undefined when none fits. */
  readonly officeId?: string;
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
  /** Introduced by a title, role, rank, honorific or counterpart word, not just written. */
  readonly introduced: boolean;
  /** Token range of the title, role or counterpart words with their descriptors, when there are any. */
  readonly groupFrom?: number;
  readonly groupTo?: number;
  /** The case of the title right before the name, which the name agrees with ("министру Мехмету"). */
  readonly nameCase?: GrammaticalCase;
  /** The country of the delegation this person heads ("a delegation of Poland's Ministry …, led by …"), for when no descriptor names one. */
  readonly delegationCountryId?: string;
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

/** A Russian or Ukrainian adjective in the genitive: "Національної", "Федеральной", "Государственного". */
const GENITIVE_ADJECTIVE = /(ого|его|ього|ої|ой|ей|их|ых|іх)$/u;
/** Endings of a Russian or Ukrainian name word in the instrumental ("Шарлем", "Мевлютом", "Ханной"). */
const INSTRUMENTAL_ENDING = /(ом|ем|ём|ой|ей|ою|ею|єю|ым|им|ім)$/u;
const NAME_WORD = /^\p{L}[\p{L}\p{M}'’ʼ]+$/u;
const INITIAL = /^\p{Lu}$/u;
const NAME_GAP = /^[ \t\u00A0]*[-\u2010\u2011]?[ \t\u00A0]*$/u;
const SPACE_GAP = /^[ \t\u00A0]+$/u;
const HYPHEN_GAP = /^[-\u2010\u2011]$/u;
const COMMA_GAP = /^\s*,\s*$/u;
const DASH_GAP = /^[ \t\u00A0]+[-\u2013\u2014][ \t\u00A0]+$/u;
const INITIAL_GAP = /^\.[ \t\u00A0]?-?[ \t\u00A0]?$/u;
const MINISTRY_ORGANIZATION = /^org:[a-z]{2}-ministry-of-([a-z0-9-]+)$/;
/** How far a portfolio may run ("of Food, Agriculture and Light Industry"), and how far back a delegation word may stand from "led by". */
const PORTFOLIO_REACH = 12;
const DELEGATION_REACH = 16;

const PERSON_CUES = new Set<Cue['type']>(['office', 'qualifier', 'role', 'counterpart', 'honorific', 'rank', 'leader']);

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

/** "Ambassador to Moscow", "посол в Астане": a capital says where a title is held as its country does. */
function namesPlace(span: Span): boolean {
  return span.type === 'entity' && span.candidates.length > 0 && span.candidates.every((candidate) => candidate.kind === 'place');
}

/** A title as read, before its office is resolved. */
interface ReadTitle {
  readonly from: number;
  /** End of the title words themselves; `to` also covers a portfolio. */
  readonly cueTo: number;
  to: number;
  readonly officeCueId?: string;
  readonly qualifiers: ReadonlyArray<OfficeQualifier['id']>;
  portfolio?: Portfolio;
}

/** The words after a title that say what it is in charge of: "of Food, Agriculture and Light Industry", "економіки". */
interface Portfolio {
  readonly from: number;
  readonly to: number;
  /** End of the words from the start that are all listed portfolio words ("of Energy" in "of Energy Almasadam …"), if any. */
  readonly listedTo?: number;
  /** Token range of a ministry word inside it ("of the Ministry of Foreign Affairs"). */
  readonly ministryFrom?: number;
  readonly ministryTo?: number;
}

interface Group {
  readonly titles: ReadTitle[];
  readonly descriptors: Descriptor[];
  counterpart: boolean;
  honorific: boolean;
  ranked: boolean;
  /** The first word of the words that introduce the name, whose case the name takes. */
  headAt?: number;
  /** End of the title words (with descriptors and host country), and end of the ranks after them. */
  end: number;
}

export class SentencePersons {
  readonly findings: PersonFinding[] = [];
  readonly references: TitleReference[] = [];
  /** Tokens that belong to a finding, a reference or their titles, so later passes leave them alone. */
  readonly consumed: boolean[];
  /** Where a title's capital starts ("Ambassador to Moscow"): a place the sentence names, though a title holds it. */
  readonly hostPlaces = new Set<number>();
  readonly #lexicon: Lexicon;
  readonly #s: ScannedSentence;

  constructor(lexicon: Lexicon, sentence: ScannedSentence) {
    this.#lexicon = lexicon;
    this.#s = sentence;
    this.consumed = new Array<boolean>(sentence.tokens.length).fill(false);
    this.#run();
  }

  /** A capitalized word that may be part of a personal name: not a known name, title or stop word. */
  isNameWord(at: number): boolean {
    const token = this.#s.tokens[at];
    if (token === undefined || this.#s.spanAt[at] !== undefined) return false;
    if (!token.capitalized || token.allCaps || !NAME_WORD.test(token.text)) return false;
    return !this.#lexicon.notNames.has(this.#s.keys[at]!);
  }

  /** "bin", "al", "van": part of a name between its words; inside a name also capitalized ("Hamad Al Thani"). */
  #isParticle(at: number, insideName = false): boolean {
    const token = this.#s.tokens[at];
    return token !== undefined && (insideName || !token.capitalized) && this.#lexicon.nameParticles.has(token.norm);
  }

  #gap(at: number): string {
    return this.#s.tokens[at]?.gapBefore ?? '';
  }

  #cueAt(at: number): (Span & { type: 'cue' }) | undefined {
    const span = this.#s.spanAt[at];
    return span?.type === 'cue' && span.from === at ? span : undefined;
  }

  #cueTypeAt(at: number, type: Cue['type']): (Span & { type: 'cue' }) | undefined {
    const cue = this.#cueAt(at);
    return cue?.cues.some((entry) => entry.type === type) ? cue : undefined;
  }

  /** The longest phrase of `phrases` (canonical words) starting at `at`, as the position after it. */
  #phraseAt(at: number, phrases: PhraseTable<unknown>, lengths: readonly number[] = [3, 2, 1]): number | undefined {
    return phraseEndAt(this.#s, at, phrases, lengths);
  }

  /** Reads a name starting at `at`: initials, then up to three name words, possibly ending in a known surname. */
  readName(at: number, afterTitle = false): NameReading | undefined {
    const { tokens, spanAt } = this.#s;
    let position = at;
    let initials = 0;
    while (position < tokens.length && INITIAL.test(tokens[position]!.text) && INITIAL_GAP.test(this.#gap(position + 1))) {
      initials += 1;
      position += 1;
    }
    const known = personCandidate(spanAt[position]);
    if (
      known !== undefined &&
      spanAt[position]!.from === position &&
      (initials === 0 || NAME_GAP.test(this.#gap(position)) || INITIAL_GAP.test(this.#gap(position)))
    ) {
      return { to: spanAt[position]!.to, words: spanAt[position]!.to - position, initials, knownId: known.id, knownForm: known.form };
    }
    let words = 0;
    const first = position;
    while (position < tokens.length && words < 3) {
      if (position > first && !NAME_GAP.test(this.#gap(position))) break;
      // One name is written in one script: "Руслан Желдібай Telegram-дағы" ends before the app.
      if (position > first && tokens[position]!.cyrillic !== tokens[first]!.cyrillic) break;
      const surname = personCandidate(spanAt[position]);
      if (words > 0 && surname !== undefined && spanAt[position]!.from === position && surname.form === 'surname') {
        return { to: spanAt[position]!.to, words: words + 1, initials, knownId: surname.id, knownForm: 'surname' };
      }
      // A capitalized particle inside a name ("Tamim bin Hamad Al Thani") joins it without counting as a word.
      if (words > 0 && this.#isParticle(position, true) && this.isNameWord(position + 1) && NAME_GAP.test(this.#gap(position + 1))) {
        position += 1;
      } else if (
        this.isNameWord(position) ||
        (afterTitle && position === first && (this.#titleWordAsFirstName(position) || this.#placeWordAsFirstName(position)))
      ) {
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

  /**
   * A one-word title that is a first name after another title: "… Lieutenant General Sultan Kamaletdinov".
   * Only when a name word follows, so "Jordan's King Abdullah" keeps its title.
   */
  #titleWordAsFirstName(at: number): boolean {
    const span = this.#s.spanAt[at];
    const token = this.#s.tokens[at]!;
    if (span?.type !== 'cue' || span.to !== at + 1 || !token.capitalized || !NAME_WORD.test(token.text)) return false;
    if (!span.cues.every((cue) => cue.type === 'office')) return false;
    return this.isNameWord(at + 1) && SPACE_GAP.test(this.#gap(at + 1));
  }

  /**
   * A one-word place in its nominative right before a surname, after a title, is a first name: "Бас хатшысы
   * Бағдат Әміреевті" is Baghdad Amreyev, not the city and someone named Amreyev. A genitive ("мэр Москвы
   * Собянин") or a word that is no surname after the place ("аким Алматы Ерболат …") keeps the place.
   */
  #placeWordAsFirstName(at: number): boolean {
    const span = this.#s.spanAt[at];
    const token = this.#s.tokens[at]!;
    if (span === undefined || !namesPlace(span) || span.from !== at || span.to !== at + 1 || !token.capitalized) return false;
    if (this.#lexicon.canonical(token.norm) !== token.norm) return false;
    const next = this.#s.tokens[at + 1];
    return (
      next !== undefined && SPACE_GAP.test(this.#gap(at + 1)) && this.isNameWord(at + 1) && this.#lexicon.decliner.surnameShaped(next.norm)
    );
  }

  /** A name of at least two words (or a known one) right after `position`, as a title group's name must be. */
  #fullNameAt(position: number): boolean {
    const gap = this.#gap(position);
    if (!SPACE_GAP.test(gap) && !COMMA_GAP.test(gap)) return false;
    const name = this.readName(position, true);
    return name !== undefined && (name.knownId !== undefined || name.words >= 2 || name.initials > 0);
  }

  #run(): void {
    const { spans } = this.#s;
    for (const span of spans) {
      if (span.type !== 'cue' || this.consumed[span.from]) continue;
      if (!span.cues.some((cue) => PERSON_CUES.has(cue.type))) continue;
      if (span.cues.every((cue) => cue.type === 'leader')) this.#readLed(span);
      else this.#readGroup(span.from);
    }
    this.#readCountryNameLists();
    for (const span of spans) {
      const known = personCandidate(span);
      if (known === undefined || this.consumed[span.from]) continue;
      const from = this.#firstNameBefore(span.from, known.form);
      this.#addFinding({
        nameFrom: from,
        nameTo: span.to,
        knownId: known.id,
        knownForm: known.form,
        wordCount: span.to - from,
        initials: 0,
        titles: [],
        descriptors: [],
        counterpart: false,
        introduced: false,
      });
    }
  }

  /**
   * Holders of a plural title listed by country: "the foreign ministers of Spain José Albares, Latvia Baiba
   * Braže …" (each country before its name) and "Президенты Украины и Казахстана Петр Порошенко и Нурсултан
   * Назарбаев" (the n-th country is the n-th name's).
   */
  #readCountryNameLists(): void {
    const readFree = (at: number) => (this.consumed[at] ? undefined : this.readName(at, true));
    for (const holder of readCountryNameLists(this.#s, this.#lexicon, readFree))
      this.#addListedHolder(holder, { groupFrom: holder.country.from, groupTo: holder.nameFrom });
    // Grouped, the country is not beside the name: the words between are other names, no title group of this one.
    for (const holder of readCountryListThenNames(this.#s, this.#lexicon, readFree)) this.#addListedHolder(holder, {});
  }

  #addListedHolder(holder: ListedHolder, group: { groupFrom?: number; groupTo?: number }): void {
    const known = holder.name.knownId === undefined ? {} : { knownId: holder.name.knownId, knownForm: holder.name.knownForm! };
    this.#addFinding({
      nameFrom: holder.nameFrom,
      nameTo: holder.name.to,
      ...known,
      wordCount: holder.name.words,
      initials: holder.name.initials,
      titles: [{ from: holder.titleFrom, to: holder.titleTo, officeCueId: holder.officeId, officeId: holder.officeId }],
      descriptors: [{ span: holder.country, id: holder.countryId }],
      counterpart: false,
      introduced: true,
      ...group,
    });
    this.consumed[holder.country.from] = true;
  }

  /** A known surname right after a capitalized first name starts the name there ("Heydar Aliyev"), so the first name can be checked. */
  #firstNameBefore(surnameFrom: number, form: NameForm): number {
    if (form !== 'surname' || this.consumed[surnameFrom - 1] || !SPACE_GAP.test(this.#gap(surnameFrom))) return surnameFrom;
    if (!this.isNameWord(surnameFrom - 1) && !this.#placeNamedAsFirstName(surnameFrom - 1, surnameFrom)) return surnameFrom;
    // "У Донбасі Зеленський": a word after a preposition of place is where, not a first name.
    const preposition = surnameFrom >= 2 ? this.#s.tokens[surnameFrom - 2] : undefined;
    const key = surnameFrom >= 2 ? this.#s.keys[surnameFrom - 2] : undefined;
    if (
      preposition !== undefined &&
      key !== undefined &&
      (surnameFrom === 2 || !preposition.capitalized) &&
      this.#lexicon.placePrepositions.has(key)
    )
      return surnameFrom;
    return surnameFrom - 1;
  }

  /**
   * A one-word place that is the first name of a known person with the surname after it: "Kabul Berdiev"
   * is Kabul Berdiyev, Uzbekistan's defence minister, not Afghanistan's capital and someone else named Berdiev.
   */
  #placeNamedAsFirstName(at: number, surnameFrom: number): boolean {
    const span = this.#s.spanAt[at];
    const token = this.#s.tokens[at];
    if (span?.type !== 'entity' || span.from !== at || span.to !== at + 1 || !token?.capitalized) return false;
    if (!span.candidates.every((candidate) => candidate.kind === 'place')) return false;
    const firstKey = latinKey(token.text);
    const surnameKey = latinKey(this.#s.tokens[surnameFrom]!.text);
    return this.#lexicon.knownPersons.some(
      (person) => person.firstNames.includes(firstKey) && person.surnames.some((surname) => sameSurname(surname, surnameKey)),
    );
  }

  #addFinding(finding: Omit<PersonFinding, 'sentence'>): void {
    if (finding.nameTo <= finding.nameFrom) return;
    this.findings.push({ sentence: this.#s, ...finding });
    for (let at = finding.nameFrom; at < finding.nameTo; at += 1) this.consumed[at] = true;
  }

  /** "led by Piotr Wiśniewski" with no title between: the name is introduced by the phrase. */
  #readLed(span: Span & { type: 'cue' }): void {
    let position = span.to;
    const article = this.#phraseAt(position, this.#lexicon.titleArticles, [1]);
    if (article !== undefined && SPACE_GAP.test(this.#gap(position))) position = article;
    if (this.#cueAt(position) !== undefined || !SPACE_GAP.test(this.#gap(position))) return;
    const name = this.readName(position);
    if (name === undefined || (name.knownId === undefined && name.words < 2 && name.initials === 0)) return;
    const delegationCountryId = this.#delegationCountry(span.from);
    const known = name.knownId === undefined ? {} : { knownId: name.knownId, knownForm: name.knownForm! };
    this.#addFinding({
      nameFrom: position,
      nameTo: name.to,
      ...known,
      wordCount: name.words,
      initials: name.initials,
      titles: [],
      descriptors: [],
      counterpart: false,
      introduced: true,
      ...(delegationCountryId === undefined ? {} : { delegationCountryId }),
    });
  }

  /** Reads titles joined by "and" from `from`, their portfolio, descriptors and ranks, and the name after or before them. */
  #readGroup(from: number): void {
    const group = this.#parseGroup(from);
    if (group === undefined) return;
    const { titles: read, descriptors, counterpart, ranked } = group;
    const position = group.end;
    for (let at = from; at < position; at += 1) this.consumed[at] = true;
    const titles = read.map((title) => this.#statedTitle(title, descriptors));
    const introduced = titles.length > 0 || counterpart || group.honorific || ranked;
    const nameCase = group.headAt === undefined ? undefined : this.#caseAt(group.headAt);
    const caseOf = nameCase === undefined ? {} : { nameCase };

    // Who heads a delegation: "A delegation of Poland's Ministry …, led by Undersecretary of State …".
    const start = descriptors[0]?.span.from !== undefined && descriptors[0].span.from < from ? descriptors[0].span.from : from;
    const articleBefore = this.#articleBefore(start);
    const leader = this.#leaderBefore(articleBefore ?? start);
    const delegationCountryId = leader === undefined ? undefined : this.#delegationCountry(leader);
    const delegation = delegationCountryId === undefined ? {} : { delegationCountryId };

    const gap = this.#gap(position);
    const reading = SPACE_GAP.test(gap) || COMMA_GAP.test(gap) ? this.readName(position, titles.length > 0 || ranked) : undefined;
    const headedFrom = this.#nameAfterHeadedGenitive(position, reading, nameCase);
    const name = headedFrom === undefined ? reading : this.readName(headedFrom, true);
    const nameFrom = headedFrom ?? position;
    if (name !== undefined && (name.knownId !== undefined || name.words >= 2 || name.initials > 0)) {
      const known = name.knownId === undefined ? {} : { knownId: name.knownId, knownForm: name.knownForm! };
      this.#addFinding({
        nameFrom,
        nameTo: name.to,
        ...known,
        wordCount: name.words,
        initials: name.initials,
        titles,
        descriptors,
        counterpart,
        introduced,
        groupFrom: from,
        groupTo: position,
        ...caseOf,
        ...delegation,
      });
      return;
    }
    if (name !== undefined && introduced) {
      // One capitalized word after a title: kept, but a person only if the article names them in full elsewhere.
      this.#addFinding({
        nameFrom,
        nameTo: name.to,
        wordCount: 1,
        initials: 0,
        titles,
        descriptors,
        counterpart,
        introduced,
        groupFrom: from,
        groupTo: position,
        ...caseOf,
        ...delegation,
      });
      return;
    }
    const nameBefore = titles.length > 0 ? this.#nameBefore(articleBefore ?? start) : undefined;
    if (nameBefore !== undefined) {
      this.#addFinding({ ...nameBefore, titles, descriptors, counterpart, introduced, groupFrom: from, groupTo: position });
      return;
    }
    if (titles.length > 0 || counterpart) this.references.push({ sentence: this.#s, from, to: position, titles, descriptors, counterpart });
  }

  /**
   * The words from `from` that describe one person: titles joined by "and" or a comma, each possibly with
   * its portfolio, the country or organization before and after them, the country they serve in
   * ("to Kazakhstan", "в Казахстане"), another title after a dash ("… України – торговий представник"),
   * and ranks ("генерал-майором"). Undefined when nothing there describes a person.
   */
  #parseGroup(from: number): Group | undefined {
    const group: Group = { titles: [], descriptors: [], counterpart: false, honorific: false, ranked: false, end: from };
    const before = this.#descriptorBefore(from);
    if (before !== undefined) group.descriptors.push(before);
    let position = from;
    for (;;) {
      const segmentFrom = position;
      position = this.#readTitles(position, group);
      if (position === segmentFrom) break;
      position = this.#readPortfolioAndDescriptors(position, group);
      position = this.#readHost(position, group);
      // "… of the Republic of Azerbaijan on Special Assignments Khalaf Khalafov": the title ends after its completion.
      if (group.titles.length > 0 && SPACE_GAP.test(this.#gap(position)))
        position = this.#phraseAt(position, this.#lexicon.titleCompletions) ?? position;
      // Another title of the same person after a dash: "заступник міністра економіки України – торговий представник".
      if (group.titles.length > 0 && DASH_GAP.test(this.#gap(position)) && this.#startsTitle(position)) continue;
      break;
    }
    // Ranks between the titles and the name, or alone before it: "генерал-майором Хуршидом Алимовым";
    // an honorific there too ("Deputy Minister of Energy Mr Almas Aidarov").
    let rank = this.#rankAt(position, position > from);
    while (rank !== undefined && (position === from || SPACE_GAP.test(this.#gap(position)))) {
      if (rank.cues.some((cue) => cue.type === 'rank')) {
        group.ranked = true;
        group.headAt = group.titles.length === 0 && !group.honorific && !group.counterpart ? (group.headAt ?? position) : position;
      } else group.honorific = true;
      position = rank.to;
      rank = this.#rankAt(position, true);
    }
    if (position === from) return undefined;
    group.end = position;
    return group;
  }

  /** Titles joined by "and" or a comma from `position`; returns the position after them. */
  #readTitles(start: number, group: Group): number {
    let position = start;
    for (;;) {
      const titleFrom = position;
      const joined = (at: number) => at === titleFrom || SPACE_GAP.test(this.#gap(at)) || HYPHEN_GAP.test(this.#gap(at));
      const qualifiers: Array<OfficeQualifier['id']> = [];
      let cue = this.#cueAt(position);
      while (cue !== undefined && joined(position) && cue.cues.every((entry) => entry.type === 'qualifier')) {
        for (const entry of cue.cues)
          if (!qualifiers.includes(entry.qualifierId as OfficeQualifier['id'])) qualifiers.push(entry.qualifierId as OfficeQualifier['id']);
        position = cue.to;
        cue = this.#cueAt(position);
      }
      if (cue === undefined || !joined(position)) break;
      const types = new Set(cue.cues.map((entry) => entry.type));
      if (!types.has('office') && !types.has('role') && !types.has('counterpart') && !types.has('honorific')) break;
      const office = cue.cues.find((entry) => entry.type === 'office');
      if (office?.type === 'office' && office.afterCountry === true && !this.#countryRightBefore(titleFrom, group)) break;
      if (types.has('counterpart')) group.counterpart = true;
      if (types.has('honorific')) group.honorific = true;
      group.headAt ??= titleFrom;
      position = cue.to;
      if (types.has('office') || types.has('role')) {
        group.titles.push({
          from: titleFrom,
          cueTo: position,
          to: position,
          qualifiers,
          ...(office?.type === 'office' ? { officeCueId: office.officeId } : {}),
        });
      }
      // Another title of the same person: "Deputy Prime Minister and the Minister of Foreign Affairs".
      const connector = this.#connectorAt(position);
      if (connector === undefined || !this.#startsTitle(connector)) break;
      position = connector;
    }
    return position;
  }

  /**
   * A portfolio after the last title is taken when a country or organization follows it ("Minister of Food,
   * Agriculture and Light Industry of Mongolia") or when its words are all listed portfolio words and a
   * full name follows ("Minister of Energy Almasadam Satkaliyev"); then the descriptors after it.
   */
  #readPortfolioAndDescriptors(position: number, group: Group): number {
    const last = group.titles.at(-1);
    const portfolio = last?.to === position ? this.#portfolioAfter(position) : undefined;
    if (portfolio !== undefined) {
      const found: Descriptor[] = [];
      const end = this.#readDescriptorsAfter(portfolio.to, found);
      if (found.length > 0) {
        last!.to = portfolio.to;
        last!.portfolio = portfolio;
        group.descriptors.push(...found);
        return end;
      }
      // No country after it: only listed portfolio words, and a full name right after them.
      if (portfolio.listedTo !== undefined && this.#fullNameAt(this.#afterRanks(portfolio.listedTo))) {
        last!.to = portfolio.listedTo;
        last!.portfolio = { ...portfolio, to: portfolio.listedTo };
        return portfolio.listedTo;
      }
    }
    return this.#readDescriptorsAfter(position, group.descriptors);
  }

  /** A rank at `at`, or (after titles) an honorific. */
  #rankAt(at: number, honorific: boolean): (Span & { type: 'cue' }) | undefined {
    return this.#cueTypeAt(at, 'rank') ?? (honorific ? this.#cueTypeAt(at, 'honorific') : undefined);
  }

  #afterRanks(position: number): number {
    let rank = this.#rankAt(position, true);
    while (rank !== undefined && SPACE_GAP.test(this.#gap(position))) {
      position = rank.to;
      rank = this.#rankAt(position, true);
    }
    return position;
  }

  /**
   * The words of a portfolio from `position`: in English an "of"/"for" and then capitalized words joined by
   * commas, "and", "of" ("of the Ministry of Foreign Affairs"); in Cyrillic script the genitive words after the
   * title ("економіки", "сельского хозяйства, продовольствия и лёгкой промышленности"), lower case unless listed.
   * It stops before a known name, another title, or "of" + a country.
   */
  #portfolioAfter(position: number): Portfolio | undefined {
    const { tokens, spanAt } = this.#s;
    const lexicon = this.#lexicon;
    const first = tokens[position];
    if (first === undefined || !SPACE_GAP.test(this.#gap(position))) return undefined;
    const cyrillic = first.cyrillic;
    let at = position;
    // English needs its "of" / "for" ("Minister of Energy") or continues a portfolio the title has begun
    // ("Minister of Foreign Affairs and Trade"); Cyrillic may open with either ("министр по чрезвычайным ситуациям").
    const opening = this.#phraseAt(at, lexicon.portfolioPrepositions, [3, 2, 1]) ?? this.#phraseAt(at, lexicon.titleConnectors, [1]);
    if (opening === undefined && !cyrillic) return undefined;
    at = opening ?? at;
    let end = at;
    let words = 0;
    let listed = true;
    let listedTo: number | undefined;
    let ministryFrom: number | undefined;
    let ministryTo: number | undefined;
    while (at < tokens.length && at < position + PORTFOLIO_REACH) {
      const gap = this.#gap(at);
      if (!SPACE_GAP.test(gap) && !(COMMA_GAP.test(gap) && words > 0 && at === end)) break;
      const span = spanAt[at];
      if (span?.type === 'entity') break;
      if (span?.type === 'cue') {
        if (!span.cues.some((cue) => cue.type === 'ministry' || cue.type === 'organization-head')) break;
        if (span.cues.some((cue) => cue.type === 'ministry')) {
          ministryFrom = at;
          ministryTo = span.to;
        } else if (!this.#s.tokens.slice(at, span.to).every((token) => lexicon.isPortfolioWord(token.norm))) listed = false;
        at = span.to;
        end = at;
        words += 1;
        if (listed) listedTo = end;
        continue;
      }
      // Joining words must be followed by more of the portfolio, not by "of" + a country.
      const connector =
        this.#phraseAt(at, lexicon.titleConnectors, [1]) ??
        this.#phraseAt(at, lexicon.portfolioPrepositions, [3, 2, 1]) ??
        (tokens[at]!.text === '&' ? at + 1 : undefined);
      if (connector !== undefined && words > 0) {
        if (descriptorOf(spanAt[connector]) !== undefined || spanAt[connector]?.type === 'entity') break;
        at = connector;
        continue;
      }
      const token = tokens[at]!;
      const portfolioWord = lexicon.isPortfolioWord(token.norm);
      if (token.cyrillic !== cyrillic || token.allCaps || !NAME_WORD.test(token.text)) break;
      if (cyrillic ? token.capitalized && !portfolioWord : !token.capitalized) break;
      // Not a preposition, a reporting verb or a word that is never part of a name ("в", "заявил", "Tuesday").
      const key = this.#s.keys[at]!;
      if (
        !portfolioWord &&
        (token.norm.length < 3 ||
          lexicon.stopWords.has(key) ||
          lexicon.placePrepositions.has(key) ||
          lexicon.hostComplementWords.has(key) ||
          lexicon.reportingVerbs.has(key))
      )
        break;
      if (!portfolioWord) listed = false;
      words += 1;
      at += 1;
      end = at;
      if (listed) listedTo = end;
    }
    if (words === 0) return undefined;
    return {
      from: position,
      to: end,
      ...(listedTo === undefined ? {} : { listedTo }),
      ...(ministryFrom === undefined ? {} : { ministryFrom, ministryTo: ministryTo! }),
    };
  }

  /** "to Kazakhstan", "в Казахстане", "при ООН": where the title is held, which is not whose it is. */
  #readHost(position: number, group: Group): number {
    if (group.titles.length === 0) return position;
    const next = this.#phraseAt(position, this.#lexicon.hostComplementWords, [2, 1]);
    if (next === undefined || !SPACE_GAP.test(this.#gap(position)) || !SPACE_GAP.test(this.#gap(next))) return position;
    const span = this.#s.spanAt[next];
    if (span?.from !== next) return position;
    if (descriptorOf(span) === undefined) {
      if (!namesPlace(span)) return position;
      this.hostPlaces.add(next);
    }
    return span.to;
  }

  #connectorAt(position: number): number | undefined {
    if (COMMA_GAP.test(this.#gap(position)) && this.#cueAt(position) !== undefined) return position;
    return this.#phraseAt(position, this.#lexicon.titleConnectors);
  }

  /** Whether the group's country stands right before `at`, with no qualifier or title between ("Ресей басшысы"). */
  #countryRightBefore(at: number, group: Group): boolean {
    return (
      group.titles.length === 0 && group.descriptors.some((descriptor) => descriptor.id.startsWith('country:') && descriptor.span.to === at)
    );
  }

  #startsTitle(position: number): boolean {
    const cue = this.#cueAt(position);
    return cue?.cues.some((entry) => entry.type === 'office' || entry.type === 'qualifier' || entry.type === 'role') ?? false;
  }

  #descriptorBefore(from: number): Descriptor | undefined {
    const previous = this.#s.spanAt[from - 1];
    if (previous === undefined) return undefined;
    // An initialism's closing stop belongs to it: "U.S. Under Secretary of State".
    const initialism = INITIAL.test(this.#s.tokens[from - 1]!.text) && /^\.\s+$/u.test(this.#gap(from));
    if (!/^\s+$/u.test(this.#gap(from)) && !initialism) return undefined;
    return descriptorOf(previous);
  }

  /** "of Azerbaijan", "of the Republic of Belarus", or a Cyrillic genitive right after the title ("Туреччини"). */
  #readDescriptorsAfter(position: number, descriptors: Descriptor[]): number {
    const { keys, spanAt, tokens } = this.#s;
    for (;;) {
      let next = position;
      for (const length of [2, 1]) {
        if (
          next === position &&
          this.#lexicon.complementWords.has(keys.slice(position, position + length).join(' ')) &&
          SPACE_GAP.test(this.#gap(position))
        )
          next = position + length;
      }
      const span = spanAt[next];
      const descriptor = span?.from === next ? descriptorOf(span) : undefined;
      const direct = next === position;
      if (descriptor === undefined || !SPACE_GAP.test(this.#gap(next))) return position;
      if (
        direct &&
        !(
          tokens[next]!.cyrillic &&
          descriptor.span.candidates.some((candidate) => candidate.form !== 'adjective' && candidate.form !== 'demonym')
        )
      ) {
        return position;
      }
      descriptors.push(descriptor);
      position = descriptor.span.to;
    }
  }

  /** The start of an article right before `from` that follows a comma ("…, the Foreign Minister of …"). */
  #articleBefore(from: number): number | undefined {
    const at = from - 1;
    if (at < 0 || !this.#lexicon.titleArticles.has(this.#s.keys[at]!) || !SPACE_GAP.test(this.#gap(from))) return undefined;
    return at;
  }

  /** The start of a "led by" / "во главе с" phrase that ends right before `from`. */
  #leaderBefore(from: number): number | undefined {
    const span = this.#s.spanAt[from - 1];
    if (span?.type !== 'cue' || span.to !== from || !span.cues.some((cue) => cue.type === 'leader')) return undefined;
    if (!SPACE_GAP.test(this.#gap(from))) return undefined;
    return span.from;
  }

  /**
   * The country of the delegation a "led by" phrase at `leaderFrom` speaks of: the country (or a national
   * organization's country) named right before the delegation word or between it and the phrase.
   */
  #delegationCountry(leaderFrom: number): string | undefined {
    const { keys, spanAt } = this.#s;
    let delegationAt: number | undefined;
    for (let at = leaderFrom - 1; at >= 0 && at >= leaderFrom - DELEGATION_REACH; at -= 1) {
      if (this.#lexicon.delegationWords.has(keys[at]!)) {
        delegationAt = at;
        break;
      }
    }
    if (delegationAt === undefined) return undefined;
    const countryOf = (span: Span | undefined): string | undefined => {
      if (span?.type !== 'entity') return undefined;
      const country = span.candidates.find((candidate) => candidate.kind === 'country');
      if (country !== undefined) return country.id;
      for (const candidate of span.candidates) {
        if (candidate.kind !== 'organization') continue;
        const entity = this.#lexicon.knowledge.entity(candidate.id);
        if (entity?.kind === 'org' && entity.record.countryId !== undefined) return entity.record.countryId;
      }
      return undefined;
    };
    const adjective = countryOf(spanAt[delegationAt - 1]);
    if (adjective !== undefined) return adjective;
    for (let at = delegationAt + 1; at < leaderFrom; at += 1) {
      const country = countryOf(spanAt[at]);
      if (country !== undefined) return country;
    }
    return undefined;
  }

  /**
   * "президентом Евросовета Шарлем Мишелем", "президентом Европейского совета Шарлем Мишелем": the title's case is the
   * name's, so when it is the instrumental, one to three words without an instrumental ending right after it, before
   * two capitalized words with one, are the genitive the title heads, not a first name; the name is the two after
   * them. Where the name then starts, or undefined.
   */
  #nameAfterHeadedGenitive(at: number, name: NameReading | undefined, nameCase: GrammaticalCase | undefined): number | undefined {
    if (name?.knownId !== undefined || (name?.initials ?? 0) > 0) return undefined;
    return (nameCase === 'instrumental' ? this.#nameAfterInstrumentalGenitive(at, name) : undefined) ?? this.#nameAfterNamedBody(at, name);
  }

  #nameAfterInstrumentalGenitive(at: number, name: NameReading | undefined): number | undefined {
    const instrumental = (position: number) => {
      const token = this.#s.tokens[position];
      return token !== undefined && token.cyrillic && INSTRUMENTAL_ENDING.test(token.norm);
    };
    for (let from = at + 1; from <= at + 3 && from < this.#s.tokens.length; from += 1) {
      const head = this.#s.tokens[from - 1]!;
      if (!head.cyrillic || instrumental(from - 1) || !SPACE_GAP.test(this.#gap(from))) return undefined;
      if (!instrumental(from)) continue;
      const after = this.readName(from, true);
      if (after?.knownId !== undefined || after?.words !== 2 || after.initials > 0 || !instrumental(from + 1)) return undefined;
      // The words before must reach the name: a name read from the first of them ends where the one after does.
      return name === undefined || name.to <= from || name.to === after.to ? from : undefined;
    }
    return undefined;
  }

  /**
   * "директор Національної розвідки Ібрагім Калин", "директор Федеральной службы безопасности Александр Бортников": a
   * body the base does not know, named after the title by a capitalized adjective in the genitive and one or two lower
   * case words, before a name of two or three words. Where the name then starts, or undefined.
   */
  #nameAfterNamedBody(at: number, name: NameReading | undefined): number | undefined {
    const { tokens } = this.#s;
    const head = tokens[at];
    if (name !== undefined && name.words !== 1) return undefined;
    if (
      head === undefined ||
      !head.cyrillic ||
      !head.capitalized ||
      this.#s.spanAt[at] !== undefined ||
      !GENITIVE_ADJECTIVE.test(head.norm)
    )
      return undefined;
    for (let from = at + 1; from <= at + 3 && from < tokens.length; from += 1) {
      if (!SPACE_GAP.test(this.#gap(from))) return undefined;
      const token = tokens[from]!;
      if (token.capitalized) {
        if (from === at + 1) return undefined;
        const after = this.readName(from, true);
        return after !== undefined && after.knownId === undefined && after.words >= 2 ? from : undefined;
      }
      if (
        !token.cyrillic ||
        !NAME_WORD.test(token.text) ||
        this.#s.spanAt[from] !== undefined ||
        this.#lexicon.stopWords.has(this.#s.keys[from]!)
      )
        return undefined;
    }
    return undefined;
  }

  /** The case a title word is in, when its ending tells ("заместителем": instrumental). */
  #caseAt(at: number): GrammaticalCase | undefined {
    const token = this.#s.tokens[at];
    if (!token?.cyrillic) return undefined;
    // The first inflected word of a rank or title that spans several tokens ("генерал-майором").
    const span = this.#s.spanAt[at];
    const to = span?.type === 'cue' && span.cues.some((cue) => cue.type === 'rank') ? span.to : at + 1;
    for (let position = at; position < to; position += 1) {
      const norm = this.#s.tokens[position]!.norm;
      const key = this.#s.keys[position]!;
      if (norm === key) continue;
      return this.#lexicon.decliner.caseOf(norm, key);
    }
    return undefined;
  }

  /** The office a title names: as written, else its cue's office with its qualifiers, made specific by a ministry or portfolio after it. */
  #statedTitle(title: ReadTitle, descriptors: readonly Descriptor[]): StatedTitle {
    const lexicon = this.#lexicon;
    const full = this.#text(title.from, title.to);
    let officeId = lexicon.officeOf(full);
    if (officeId === undefined) {
      officeId = title.cueTo === title.to ? undefined : lexicon.officeOf(this.#text(title.from, title.cueTo));
      if (officeId === undefined && title.officeCueId !== undefined)
        officeId = qualifiedOffice(lexicon.knowledge, title.officeCueId, title.qualifiers);
      const ministryDeputy = lexicon.ministryDeputyTitles.has(this.#s.keys.slice(title.from, title.cueTo).join(' '));
      const inMinistry = title.portfolio?.ministryFrom !== undefined;
      const ministryOrganization = descriptors
        .map((descriptor) => MINISTRY_ORGANIZATION.exec(descriptor.id)?.[1])
        .find((portfolio) => portfolio !== undefined);
      const portfolioOffice =
        this.#portfolioOffice(title.portfolio) ??
        (ministryOrganization === undefined ? undefined : this.#existingOffice(`office:minister-of-${ministryOrganization}`));
      if (ministryDeputy && (inMinistry || ministryOrganization !== undefined)) {
        officeId =
          (portfolioOffice === undefined ? undefined : qualifiedOffice(lexicon.knowledge, portfolioOffice, ['deputy'])) ??
          lexicon.genericDeputyMinisterOfficeId;
      } else if (portfolioOffice !== undefined && officeId !== undefined) {
        if (officeId === lexicon.genericMinisterOfficeId) officeId = portfolioOffice;
        else if (officeId === lexicon.genericDeputyMinisterOfficeId)
          officeId = qualifiedOffice(lexicon.knowledge, portfolioOffice, ['deputy']) ?? officeId;
      }
    }
    return {
      from: title.from,
      to: title.to,
      ...(title.officeCueId === undefined ? {} : { officeCueId: title.officeCueId }),
      ...(officeId === undefined ? {} : { officeId }),
    };
  }

  #existingOffice(id: string): string | undefined {
    return this.#lexicon.knowledge.entity(id)?.kind === 'office' ? id : undefined;
  }

  /** The minister's office a portfolio names ("of Foreign Affairs" -> minister of foreign affairs), trying shorter portfolios cut at "and" or a comma. */
  #portfolioOffice(portfolio: Portfolio | undefined): string | undefined {
    if (portfolio === undefined) return undefined;
    const from = portfolio.ministryTo ?? portfolio.from;
    if (from >= portfolio.to) return undefined;
    const ends: number[] = [portfolio.to];
    for (let at = portfolio.to - 1; at > from; at -= 1) {
      if (COMMA_GAP.test(this.#gap(at)) || this.#lexicon.titleConnectors.has(this.#s.keys[at]!)) ends.push(at);
    }
    for (const end of ends) {
      const text = this.#text(from, end);
      for (const minister of this.#lexicon.ministerWordOf.values()) {
        const office = this.#lexicon.officeOf(`${minister} ${text}`);
        if (office !== undefined && office !== this.#lexicon.genericMinisterOfficeId) return office;
      }
    }
    return undefined;
  }

  #text(from: number, to: number): string {
    const { tokens, sentence } = this.#s;
    return sentence.text.slice(tokens[from]!.start - sentence.start, tokens[to - 1]!.end - sentence.start);
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
    if (name?.to !== end) return undefined;
    return { nameFrom: start, nameTo: end, wordCount: words, initials: 0 };
  }
}
