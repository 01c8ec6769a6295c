import type { Entity, EntityKind, Evidence, OfficeHolding, PartialDate } from '../contract/extraction-result.ts';
import type { PreparedArticle } from '../document/prepared-article.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import type { NameForm } from '../../knowledge/name-index.ts';
import type { EntityAnalysis, EntityMention, MentionForm } from './entity-analysis.ts';
import { findOrganizations, type OrganizationFinding } from './find-organizations.ts';
import { crossScriptKey } from '../../knowledge/name-key.ts';
import { SentencePersons, type PersonFinding, type TitleReference } from './find-persons.ts';
import { knownOfficesAt } from './known-offices.ts';
import { latinKey, lexiconFor, type EntityCandidate, type Lexicon } from './lexicon.ts';
import { nearKnownPerson, nominativeOf, sameFirstName, sameSurname } from './person-names.ts';
import { scanSentence, type ScannedSentence, type Span } from './scan-sentence.ts';

/** Most sentences an entity's mentions cite in one article; news articles name anyone far fewer times. */
export const MAX_MENTION_SENTENCES = 50;

/** A mention as the analysis finds it: with how sure it is and the text it covers. */
interface RawMention extends EntityMention {
  readonly confidence: number;
  readonly surface: string;
}

interface PersonRecord {
  readonly id: string;
  readonly known: boolean;
  readonly name: string;
  /** Latin keys of the surname and the first name or initial, for matching later mentions. */
  readonly surnameKey: string;
  readonly firstKey: string;
  countryId?: string;
}

const FORM_OF_NAME: Record<NameForm, MentionForm> = {
  name: 'name',
  'official-name': 'name',
  alias: 'name',
  acronym: 'acronym',
  'former-name': 'name',
  surname: 'surname',
  'inflected-form': 'name',
  adjective: 'adjective',
  demonym: 'demonym',
  title: 'title-reference',
};

const CONFIDENCE_OF_FORM: Record<MentionForm, number> = {
  name: 0.95,
  acronym: 0.85,
  surname: 0.7,
  adjective: 0.8,
  demonym: 0.8,
  'capital-metonym': 0.7,
  'title-reference': 0.6,
};

/**
 * The entity stage: finds the countries, organizations, places and persons the article's sentences
 * name, in any of their names, inflected forms, adjectives and titles, with each person's offices.
 * Only `article.sentences` are read, so page clutter outside them never yields an entity.
 */
export function analyzeEntities(article: PreparedArticle, knowledge: KnowledgeBase): EntityAnalysis {
  return new ArticleAnalysis(article, lexiconFor(knowledge)).run();
}

class ArticleAnalysis {
  readonly #article: PreparedArticle;
  readonly #lexicon: Lexicon;
  readonly #knowledge: KnowledgeBase;
  readonly #mentions: RawMention[] = [];
  readonly #persons = new Map<string, PersonRecord>();
  readonly #organizations = new Map<string, OrganizationFinding>();
  readonly #holdings: Array<OfficeHolding & { readonly order: number }> = [];
  readonly #asOf: PartialDate | undefined;

  constructor(article: PreparedArticle, lexicon: Lexicon) {
    this.#article = article;
    this.#lexicon = lexicon;
    this.#knowledge = lexicon.knowledge;
    this.#asOf = article.metadata.publishedAt;
  }

  run(): EntityAnalysis {
    const sentences = this.#article.sentences.map((sentence, index) => scanSentence(this.#lexicon, sentence, index));
    const organizations = sentences.map((sentence) => findOrganizations(this.#lexicon, sentence));
    const persons = sentences.map((sentence) => new SentencePersons(this.#lexicon, sentence));
    const insideOrganization = sentences.map((sentence, index) => {
      const covered = new Array<boolean>(sentence.tokens.length).fill(false);
      for (const finding of organizations[index]!) for (let at = finding.from; at < finding.to; at += 1) covered[at] = true;
      return covered;
    });

    const findings = persons.flatMap((sentence, index) =>
      sentence.findings.filter((finding) => !insideOrganization[index]![finding.nameFrom]),
    );
    const single: PersonFinding[] = [];
    const personOf = new Map<PersonFinding, string>();
    for (const finding of findings) {
      const id = this.#resolvePerson(finding);
      if (id === undefined) single.push(finding);
      else personOf.set(finding, id);
    }
    for (const finding of single) {
      const id = this.#matchIntroduced(finding.sentence.tokens[finding.nameFrom]!);
      if (id !== undefined) personOf.set(finding, id);
    }
    const ordered = findings.filter((finding) => personOf.has(finding));
    // An organization inside a person's title ("State Secretary of the Ministry of Foreign Affairs of Mongolia …") describes that person.
    organizations.forEach((found, index) =>
      found.forEach((organization) => {
        const described = ordered.find(
          (finding) =>
            finding.sentence.index === index &&
            finding.groupFrom !== undefined &&
            organization.from >= finding.groupFrom &&
            organization.to <= (finding.groupTo ?? finding.nameFrom),
        );
        this.#addOrganization(organization, index, described === undefined ? undefined : personOf.get(described));
      }),
    );
    for (const finding of ordered) this.#addPersonMention(finding, personOf.get(finding)!);
    for (const finding of ordered) this.#addHoldings(finding, personOf.get(finding)!, personOf);
    this.#addSurnameMentions(sentences, persons, insideOrganization);
    this.#resolveReferences(
      persons.flatMap((sentence) => sentence.references),
      personOf,
    );

    const describes = new Map<Span, string>();
    for (const finding of ordered) for (const descriptor of finding.descriptors) describes.set(descriptor.span, personOf.get(finding)!);
    sentences.forEach((sentence, index) => this.#addNameMentions(sentence, persons[index]!, insideOrganization[index]!, describes));
    this.#addKnownOffices();
    return this.#assemble();
  }

  #evidence(sentenceIndex: number): Evidence {
    const sentence = this.#article.sentences[sentenceIndex]!;
    return { sentence: sentence.text, start: sentence.start, end: sentence.end };
  }

  #addOrganization(finding: OrganizationFinding, sentenceIndex: number, describesPersonId?: string): void {
    if (!this.#organizations.has(finding.id)) this.#organizations.set(finding.id, finding);
    this.#mentions.push({
      entityId: finding.id,
      kind: 'organization',
      sentenceIndex,
      start: finding.start,
      end: finding.end,
      form: 'name',
      ...(describesPersonId === undefined ? {} : { describesPersonId }),
      confidence: finding.confidence,
      surface: this.#article.metadata.text.slice(finding.start, finding.end),
    });
  }

  /** The person a finding names, creating an unknown person when needed; undefined for a lone word nobody introduced. */
  #resolvePerson(finding: PersonFinding): string | undefined {
    const { tokens } = finding.sentence;
    const nameTokens = tokens.slice(finding.nameFrom + finding.initials, finding.nameTo);
    const firstToken = tokens[finding.nameFrom]!;
    if (finding.knownId !== undefined) {
      const ambiguous = this.#preferredPerson(finding);
      // A known surname after an unknown first name is someone else of that family ("Heydar Aliyev"); a
      // particle there is the surname's own ("Al Zayani").
      const particleFirst = this.#lexicon.nameParticles.has(firstToken.norm);
      if (finding.knownForm === 'surname' && finding.wordCount > 1 && finding.initials === 0 && !particleFirst) {
        const first = latinKey(this.#nominative(finding, firstToken));
        const person = this.#lexicon.knownPersons.find((entry) => entry.id === ambiguous);
        if (person !== undefined && !person.firstNames.some((candidate) => sameFirstName(candidate, first))) {
          // Or another known person of that family spelt otherwise ("Kabul Berdiev" for Kabul Berdiyev).
          const namesake = nearKnownPerson(this.#lexicon, tokens[finding.nameTo - 1]!.text, first);
          if (namesake === undefined) return this.#unknownPerson(finding);
          this.#rememberKnown(namesake);
          return namesake;
        }
      }
      this.#rememberKnown(ambiguous);
      return ambiguous;
    }
    if (finding.wordCount < 2 && finding.initials === 0) return undefined;
    const words = this.#nominativeWords(finding, nameTokens);
    const firstName = finding.initials > 0 ? firstToken.text : words[0];
    const near = nearKnownPerson(this.#lexicon, words.at(-1)!, firstName);
    if (near !== undefined) {
      this.#rememberKnown(near);
      return near;
    }
    return this.#unknownPerson(finding);
  }

  /**
   * The words of a name in the nominative. The words of one name share its case, so when no title tells
   * the case and the last word reads as a nominative, the others are nominatives as written: "Карим
   * Масимов" and "Максим Решетников" keep "Карим" and "Максим", though "-им" ends many instrumentals.
   */
  #nominativeWords(finding: PersonFinding, nameTokens: ScannedSentence['tokens']): string[] {
    const words = nameTokens.map((token) => this.#nominative(finding, token));
    const last = nameTokens.at(-1);
    if (finding.nameCase !== undefined || last === undefined || nameTokens.length < 2 || words.at(-1) !== last.text) return words;
    return words.map((word, index) =>
      index < nameTokens.length - 1 && this.#lexicon.canonical(nameTokens[index]!.norm) === nameTokens[index]!.norm
        ? nameTokens[index]!.text
        : word,
    );
  }

  /** A name word in the nominative, in the case of the title before it when that is known ("министру Мехмету" -> "Мехмет"). */
  #nominative(finding: PersonFinding, token: ScannedSentence['tokens'][number]): string {
    const language = this.#article.metadata.language;
    return nominativeOf(
      this.#lexicon,
      token,
      finding.nameCase === undefined ? undefined : { grammaticalCase: finding.nameCase, language },
      language,
    );
  }

  #preferredPerson(finding: PersonFinding): string {
    const span = finding.sentence.spanAt[finding.nameTo - 1];
    const ids =
      span?.type === 'entity' ? span.candidates.filter((candidate) => candidate.kind === 'person').map((candidate) => candidate.id) : [];
    if (ids.length <= 1) return finding.knownId!;
    const introduced = ids.find((id) => this.#persons.has(id));
    if (introduced !== undefined) return introduced;
    const surface = finding.sentence.tokens
      .slice(finding.nameFrom, finding.nameTo)
      .map((token) => token.text)
      .join(' ');
    return this.#knowledge.names.lookup(surface).ambiguity?.preferredId ?? finding.knownId!;
  }

  #rememberKnown(id: string): void {
    if (this.#persons.has(id)) return;
    const entity = this.#knowledge.entity(id);
    if (entity?.kind !== 'person') return;
    const name = entity.record.name;
    const parts = name.split(/\s+/);
    this.#persons.set(id, {
      id,
      known: true,
      name,
      surnameKey: latinKey(parts.at(-1)!),
      firstKey: latinKey(parts[0]!),
      ...(entity.record.countryId === undefined ? {} : { countryId: entity.record.countryId }),
    });
  }

  #unknownPerson(finding: PersonFinding): string {
    const { tokens } = finding.sentence;
    const initials = tokens.slice(finding.nameFrom, finding.nameFrom + finding.initials).map((token) => `${token.text}.`);
    const words = this.#nominativeWords(finding, tokens.slice(finding.nameFrom + finding.initials, finding.nameTo));
    const joined = words.reduce((text, word, position) => {
      if (position === 0) return word;
      const gap = tokens[finding.nameFrom + finding.initials + position]!.gapBefore;
      return text + (/^[-\u2010\u2011]$/u.test(gap) ? '-' : ' ') + word;
    }, '');
    const name = [...initials, joined].join(' ');
    const surnameKey = latinKey(words.at(-1)!);
    const firstKey = latinKey(initials[0] ?? words[0]!);
    for (const person of this.#persons.values()) {
      if (sameSurname(person.surnameKey, surnameKey) && person.firstKey[0] === firstKey[0]) return person.id;
    }
    // The cross-script key, not the spelling, names a person the base does not hold: "Роман Василенко"
    // and "Roman Vassilenko" are one id in every article, so the loader merges them.
    const id = `person:${crossScriptKey(name).replaceAll(' ', '-') || 'unnamed'}`;
    if (!this.#persons.has(id)) this.#persons.set(id, { id, known: false, name, surnameKey, firstKey });
    return id;
  }

  /** A lone capitalized word that is the surname of a person the article has already named in full. */
  #matchIntroduced(token: ScannedSentence['tokens'][number]): string | undefined {
    const key = latinKey(nominativeOf(this.#lexicon, token, undefined, this.#article.metadata.language));
    const matches = [...this.#persons.values()].filter((person) => sameSurname(person.surnameKey, key));
    return matches.length === 1 ? matches[0]!.id : undefined;
  }

  #addPersonMention(finding: PersonFinding, personId: string): void {
    const { tokens } = finding.sentence;
    const start = tokens[finding.nameFrom]!.start;
    const end = tokens[finding.nameTo - 1]!.end;
    const single = finding.wordCount === 1 && finding.initials === 0;
    const form: MentionForm = single || finding.knownForm === 'surname' ? 'surname' : 'name';
    const person = this.#persons.get(personId);
    let confidence = finding.knownId !== undefined ? (form === 'name' ? 0.95 : 0.7) : finding.introduced ? 0.75 : 0.6;
    if (person?.known && finding.knownId === undefined) confidence = 0.7;
    this.#mentions.push({
      entityId: personId,
      kind: 'person',
      sentenceIndex: finding.sentence.index,
      start,
      end,
      form,
      confidence,
      surface: this.#article.metadata.text.slice(start, end),
    });
  }

  #titleText(sentence: ScannedSentence, from: number, to: number): string {
    return this.#article.metadata.text.slice(sentence.tokens[from]!.start, sentence.tokens[to - 1]!.end);
  }

  /**
   * "Қазақстан Республикасы премьер-министрінің бірінші орынбасары Асқар Мәмин мен Сыртқы істер министрі орынбасары
   * Ғалымжан Қойшыбаев": a titled person joined by "and" right after another whose title states a country serves
   * that country too, when nothing names another.
   */
  #joinedTitleCountry(finding: PersonFinding, personOf: ReadonlyMap<PersonFinding, string>): string | undefined {
    if (finding.titles.length === 0) return undefined;
    const connector = (finding.groupFrom ?? finding.nameFrom) - 1;
    if (!this.#lexicon.sharedCountryConnectors.has(finding.sentence.keys[connector] ?? '')) return undefined;
    const before = [...personOf.keys()].find(
      (candidate) => candidate.sentence === finding.sentence && candidate !== finding && candidate.nameTo === connector,
    );
    if (before === undefined || before.titles.length === 0) return undefined;
    return before.descriptors.find((descriptor) => descriptor.id.startsWith('country:'))?.id;
  }

  /**
   * "пресс-секретарь президента России Дмитрий Песков", "спецпредставником президента США Кітом Келлогом", "the
   * Representative of the President of the Republic of Azerbaijan … Khalaf Khalafov": a role word right before the
   * titles, or before "of (the)" and them, makes them whom the person serves, not what the person holds.
   */
  #aideOfTitle(finding: PersonFinding): boolean {
    if (finding.groupFrom === undefined || finding.titles.length === 0) return false;
    const { spanAt, keys } = finding.sentence;
    let roleTo = finding.groupFrom;
    for (const length of [2, 1]) {
      const from = finding.groupFrom - length;
      if (roleTo === finding.groupFrom && from > 0 && this.#lexicon.complementWords.has(keys.slice(from, finding.groupFrom).join(' ')))
        roleTo = from;
    }
    const before = spanAt[roleTo - 1];
    return (
      before?.type === 'cue' &&
      before.to === roleTo &&
      before.cues.some((cue) => cue.type === 'role') &&
      !before.cues.some((cue) => cue.type === 'office')
    );
  }

  #addHoldings(finding: PersonFinding, personId: string, personOf: ReadonlyMap<PersonFinding, string>): void {
    const person = this.#persons.get(personId);
    const statedCountryId = finding.descriptors.find((descriptor) => descriptor.id.startsWith('country:'))?.id;
    const organizationId = finding.descriptors.find((descriptor) => descriptor.id.startsWith('org:'))?.id;
    // A national organization's country ("of the Ministry of Foreign Affairs of Kazakhstan"), else the country of the delegation the person heads.
    const organization = organizationId === undefined ? undefined : this.#knowledge.entity(organizationId);
    const organizationCountryId = organization?.kind === 'org' ? organization.record.countryId : undefined;
    const countryId = statedCountryId ?? finding.delegationCountryId;
    const personCountryId = countryId ?? organizationCountryId;
    if (person !== undefined && personCountryId !== undefined && person.countryId === undefined) person.countryId = personCountryId;
    const place = {
      ...(organizationId === undefined ? {} : { organizationId }),
      ...(this.#asOf === undefined ? {} : { asOf: this.#asOf }),
    };
    // A known person's own country: a country's office the sentence gives another country is not theirs
    // ("Greeting the Russian Foreign Minister, Tokayev highlighted ..." is Tokayev greeting him).
    const known = person?.known === true ? this.#knowledge.entity(personId) : undefined;
    const knownCountryId = known?.kind === 'person' ? known.record.countryId : undefined;
    for (const title of this.#aideOfTitle(finding) ? [] : finding.titles) {
      const text = this.#titleText(finding.sentence, title.from, title.to);
      const officeId = title.officeId;
      const office = officeId === undefined ? undefined : this.#knowledge.entity(officeId);
      const scope = office?.kind === 'office' ? office.record.scope : 'country';
      if (scope === 'country' && statedCountryId !== undefined && knownCountryId !== undefined && statedCountryId !== knownCountryId)
        continue;
      const holdingCountry =
        countryId ??
        (scope === 'country' ? (organizationCountryId ?? person?.countryId ?? this.#joinedTitleCountry(finding, personOf)) : undefined);
      this.#holdings.push({
        personId,
        ...(officeId === undefined ? {} : { officeId }),
        title: this.#officeTitle(officeId, text),
        ...(holdingCountry === undefined ? {} : { countryId: holdingCountry }),
        ...place,
        evidence: this.#evidence(finding.sentence.index),
        confidence: officeId === undefined ? 0.5 : statedCountryId === undefined ? 0.7 : 0.85,
        order: finding.sentence.tokens[finding.nameFrom]!.start,
      });
    }
    // "met his Turkish counterpart Hulusi Akar": the counterpart holds the same office for another country.
    if (finding.titles.length === 0 && finding.counterpart && finding.groupFrom !== undefined) {
      const other = [...personOf.entries()].find(
        ([candidate, id]) => candidate.sentence === finding.sentence && id !== personId && candidate.titles.length > 0,
      );
      const otherOffice =
        other === undefined ? undefined : this.#holdings.find((holding) => holding.personId === other[1] && holding.officeId !== undefined);
      if (otherOffice?.officeId !== undefined) {
        this.#holdings.push({
          personId,
          officeId: otherOffice.officeId,
          title: this.#officeTitle(
            otherOffice.officeId,
            this.#titleText(finding.sentence, finding.groupFrom, finding.groupTo ?? finding.nameFrom),
          ),
          ...(countryId === undefined ? {} : { countryId }),
          ...place,
          evidence: this.#evidence(finding.sentence.index),
          confidence: 0.55,
          order: finding.sentence.tokens[finding.nameFrom]!.start,
        });
      }
    }
  }

  #addSurnameMentions(
    sentences: readonly ScannedSentence[],
    persons: readonly SentencePersons[],
    insideOrganization: readonly boolean[][],
  ): void {
    const mentioned = new Set(this.#mentions.filter((mention) => mention.kind === 'person').map((mention) => mention.start));
    sentences.forEach((sentence, index) => {
      const readers = persons[index]!;
      sentence.tokens.forEach((token, at) => {
        if (mentioned.has(token.start) || readers.consumed[at] || insideOrganization[index]![at] || !readers.isNameWord(at)) return;
        if (readers.isNameWord(at - 1) || readers.isNameWord(at + 1)) return;
        const id = this.#matchIntroduced(token);
        if (id === undefined) return;
        this.#mentions.push({
          entityId: id,
          kind: 'person',
          sentenceIndex: index,
          start: token.start,
          end: token.end,
          form: 'surname',
          confidence: 0.6,
          surface: token.text,
        });
      });
    });
  }

  /** "the Turkish President", "his Kazakh counterpart": the one person of the article that fits, or nobody. */
  #resolveReferences(references: readonly TitleReference[], personOf: ReadonlyMap<PersonFinding, string>): void {
    for (const reference of references) {
      const countryId = reference.descriptors.find((descriptor) => descriptor.id.startsWith('country:'))?.id;
      const organizationId = reference.descriptors.find((descriptor) => descriptor.id.startsWith('org:'))?.id;
      let candidates: string[];
      // Offices the reference itself states of the one person it can be ("Президент Казахстана отметил"),
      // when only the base, not the article, had given that person the office.
      let statedOffices: readonly string[] = [];
      if (reference.titles.length > 0) {
        const officeIds = reference.titles.map((title) => title.officeId);
        if (officeIds.some((officeId) => officeId === undefined)) continue;
        const fits = (holding: { officeId?: string; countryId?: string; organizationId?: string }, officeId: string | undefined) =>
          holding.officeId === officeId &&
          (countryId === undefined || holding.countryId === countryId) &&
          (organizationId === undefined || holding.organizationId === organizationId);
        candidates = [...this.#persons.keys()].filter((personId) =>
          officeIds.every((officeId) => this.#holdings.some((holding) => holding.personId === personId && fits(holding, officeId))),
        );
        // "Чавушоғлу … Қазақстан Президентіне алғыс айтты" where Tokayev is named with no title: the base knows his office.
        if (candidates.length === 0) {
          candidates = [...this.#persons.keys()].filter((personId) =>
            officeIds.every((officeId) => this.#baseOffices(personId).some((holding) => fits(holding, officeId))),
          );
          statedOffices = countryId === undefined && organizationId === undefined ? [] : (officeIds as string[]);
        }
      } else {
        if (countryId === undefined) continue;
        const inSentence = new Set(
          [...personOf.entries()].filter(([finding]) => finding.sentence === reference.sentence).map(([, id]) => id),
        );
        // "Руслан Жаксылыков и его узбекский коллега": a counterpart holds the office of the titled person beside them.
        const officesBeside = new Set(
          this.#holdings
            .filter((holding) => inSentence.has(holding.personId) && holding.officeId !== undefined && holding.confidence > 0.5)
            .map((holding) => holding.officeId!),
        );
        candidates = [...this.#persons.values()]
          .filter((person) => person.countryId === countryId && !inSentence.has(person.id))
          .filter(
            (person) =>
              !reference.counterpart ||
              officesBeside.size === 0 ||
              this.#holdings.some((holding) => holding.personId === person.id && officesBeside.has(holding.officeId ?? '')),
          )
          .map((person) => person.id);
      }
      if (candidates.length !== 1) continue;
      const personId = candidates[0]!;
      const start = reference.sentence.tokens[reference.from]!.start;
      const end = reference.sentence.tokens[reference.to - 1]!.end;
      this.#mentions.push({
        entityId: personId,
        kind: 'person',
        sentenceIndex: reference.sentence.index,
        start,
        end,
        form: 'title-reference',
        confidence: 0.6,
        surface: this.#article.metadata.text.slice(start, end),
      });
      for (const descriptor of reference.descriptors) this.#pushSpanMention(reference.sentence, descriptor.span, descriptor.id, personId);
      for (const officeId of statedOffices)
        this.#holdings.push({
          personId,
          officeId,
          title: this.#officeTitle(officeId, this.#article.metadata.text.slice(start, end)),
          ...(countryId === undefined ? {} : { countryId }),
          ...(organizationId === undefined ? {} : { organizationId }),
          ...(this.#asOf === undefined ? {} : { asOf: this.#asOf }),
          evidence: this.#evidence(reference.sentence.index),
          confidence: 0.6,
          order: start,
        });
    }
  }

  #pushSpanMention(
    sentence: ScannedSentence,
    span: Span & { type: 'entity' },
    id: string,
    describesPersonId?: string,
    formOverride?: MentionForm,
    titleHost = false,
  ): void {
    const ofEntity = span.candidates.filter((entry) => entry.id === id);
    // "Kazakh" is an adjective and a demonym in English; only the demonym takes a plural ("Kazakhs").
    const inflected = sentence.keys[span.from] !== sentence.tokens[span.from]!.norm;
    const candidate = (inflected ? ofEntity.find((entry) => entry.form === 'demonym') : undefined) ?? ofEntity[0] ?? span.candidates[0]!;
    const start = sentence.tokens[span.from]!.start;
    const end = sentence.tokens[span.to - 1]!.end;
    if (this.#mentions.some((mention) => mention.start === start && mention.entityId === id)) return;
    const form = formOverride ?? FORM_OF_NAME[candidate.form];
    const single = span.to - span.from === 1;
    const confidence = form === 'name' && single ? 0.9 : CONFIDENCE_OF_FORM[form];
    const kind = kindOf(id);
    this.#mentions.push({
      entityId: id,
      kind,
      sentenceIndex: sentence.index,
      start,
      end,
      form,
      ...(describesPersonId === undefined ? {} : { describesPersonId }),
      ...(titleHost ? { titleHost } : {}),
      confidence,
      surface: this.#article.metadata.text.slice(start, end),
    });
  }

  #addNameMentions(
    sentence: ScannedSentence,
    persons: SentencePersons,
    insideOrganization: readonly boolean[],
    describes: ReadonlyMap<Span, string>,
  ): void {
    for (const span of sentence.spans) {
      if (
        span.type !== 'entity' ||
        insideOrganization[span.from] ||
        (persons.consumed[span.from] && describes.get(span) === undefined && isPersonSpan(span.candidates))
      )
        continue;
      const others = span.candidates.filter((candidate) => candidate.kind !== 'person' && candidate.kind !== 'topic');
      if (others.length === 0) continue;
      // A place word read as a person's first name ("Kabul Berdiev") is no mention of the place.
      const titleHost = persons.hostPlaces.has(span.from);
      if (
        persons.consumed[span.from] &&
        !titleHost &&
        describes.get(span) === undefined &&
        others.every((candidate) => candidate.kind === 'place')
      )
        continue;
      const id = this.#choose(sentence, span, others);
      const metonym = this.#metonymOf(sentence, span, id);
      if (metonym !== undefined) this.#pushSpanMention(sentence, span, metonym, describes.get(span), 'capital-metonym');
      else this.#pushSpanMention(sentence, span, id, describes.get(span), undefined, titleHost);
    }
  }

  #choose(sentence: ScannedSentence, span: Span & { type: 'entity' }, candidates: readonly EntityCandidate[]): string {
    const ids = [...new Set(candidates.map((candidate) => candidate.id))];
    if (ids.length === 1) return ids[0]!;
    const surface = sentence.tokens
      .slice(span.from, span.to)
      .map((token) => token.text)
      .join(' ');
    const preferred = this.#knowledge.names.lookup(surface).ambiguity?.preferredId;
    return preferred !== undefined && ids.includes(preferred) ? preferred : ids[0]!;
  }

  /** "Ankara said": a capital before a reporting verb, and not after a preposition, stands for its government. */
  #metonymOf(sentence: ScannedSentence, span: Span & { type: 'entity' }, id: string): string | undefined {
    const entity = this.#knowledge.entity(id);
    if (entity?.kind !== 'place' || entity.record.metonymFor === undefined) return undefined;
    const previous = sentence.keys[span.from - 1];
    if (previous !== undefined && this.#lexicon.placePrepositions.has(previous)) return undefined;
    const next = sentence.tokens[span.to];
    if (next === undefined || !/^\s+$/u.test(next.gapBefore) || !this.#lexicon.reportingVerbs.has(sentence.keys[span.to]!))
      return undefined;
    return entity.record.metonymFor;
  }

  /**
   * The title a holding is stored under: a known office's canonical name, whatever words and case the
   * sentence used ("президентом", "Президенті", "his counterpart"), so that one office is one fact
   * (its key holds the title) and the stated words stay in the evidence; the title as stated for an
   * unknown office, and for a catch-all one (`titleAsStated`: "Minister of Food, Agriculture and Light
   * Industry" is more than "Minister").
   */
  #officeTitle(officeId: string | undefined, stated: string): string {
    const office = officeId === undefined ? undefined : this.#knowledge.entity(officeId);
    return office?.kind === 'office' && office.record.titleAsStated !== true ? office.record.names.en[0]! : stated;
  }

  /** The offices the base records for a known person: on the publication date, or ever when the article has none. */
  #baseOffices(personId: string): ReadonlyArray<{ officeId?: string; countryId?: string; organizationId?: string }> {
    if (this.#persons.get(personId)?.known !== true) return [];
    const entity = this.#knowledge.entity(personId);
    if (entity?.kind !== 'person') return [];
    return this.#asOf?.iso === undefined ? (entity.record.offices ?? []) : knownOfficesAt(entity.record, this.#asOf.iso);
  }

  /** A known person named without a title: the office the base says they held on the publication date, with less confidence. */
  #addKnownOffices(): void {
    if (this.#asOf?.iso === undefined || this.#asOf.year === undefined) return;
    for (const person of this.#persons.values()) {
      if (!person.known || this.#holdings.some((holding) => holding.personId === person.id)) continue;
      const entity = this.#knowledge.entity(person.id);
      if (entity?.kind !== 'person') continue;
      const first = this.#mentions.find((mention) => mention.entityId === person.id);
      if (first === undefined) continue;
      for (const holding of knownOfficesAt(entity.record, this.#asOf.iso)) {
        const office = this.#knowledge.entity(holding.officeId);
        this.#holdings.push({
          personId: person.id,
          officeId: holding.officeId,
          title: office?.kind === 'office' ? office.record.names.en[0]! : holding.officeId,
          ...(holding.countryId === undefined ? {} : { countryId: holding.countryId }),
          ...(holding.organizationId === undefined ? {} : { organizationId: holding.organizationId }),
          asOf: this.#asOf,
          evidence: this.#evidence(first.sentenceIndex),
          confidence: 0.5,
          order: first.start,
        });
      }
    }
  }

  #assemble(): EntityAnalysis {
    const mentions = [...this.#mentions].sort((a, b) => a.start - b.start || a.end - b.end || a.entityId.localeCompare(b.entityId));
    const byEntity = new Map<string, RawMention[]>();
    for (const mention of mentions) {
      const list = byEntity.get(mention.entityId) ?? [];
      list.push(mention);
      byEntity.set(mention.entityId, list);
    }
    const entities: Entity[] = [];
    for (const [id, list] of byEntity) {
      // One evidence per sentence, the first MAX_MENTION_SENTENCES of them: a page repeating a name
      // 100,000 times must not make every later read of that person carry them all.
      const sentencesCited = new Set<number>();
      for (const mention of list) if (sentencesCited.size < MAX_MENTION_SENTENCES) sentencesCited.add(mention.sentenceIndex);
      const evidence: Evidence[] = [...sentencesCited].map((sentenceIndex) => this.#evidence(sentenceIndex));
      const described = this.#describe(id);
      const named = list.filter((mention) => mention.form !== 'title-reference');
      const aliases = [...new Map(named.map((mention) => [mention.surface.toLowerCase(), mention.surface])).values()].filter(
        (surface) => surface !== described.name,
      );
      entities.push({
        id,
        kind: list[0]!.kind,
        name: described.name,
        aliases,
        known: described.known,
        ...(described.countryId === undefined ? {} : { countryId: described.countryId }),
        ...(described.organizationKind === undefined ? {} : { organizationKind: described.organizationKind }),
        mentions: evidence,
        confidence: Math.max(...list.map((mention) => mention.confidence)),
      });
    }
    // One holding per person, office and country: the surest statement of it, placed where it is first stated.
    const best = new Map<string, { order: number; holding: OfficeHolding }>();
    for (const { order, ...holding } of [...this.#holdings].sort((a, b) => a.order - b.order)) {
      if (!byEntity.has(holding.personId)) continue;
      const key = [
        holding.personId,
        holding.officeId ?? holding.title.toLowerCase(),
        holding.countryId ?? '',
        holding.organizationId ?? '',
      ].join('|');
      const kept = best.get(key);
      if (kept === undefined) best.set(key, { order, holding });
      else if (holding.confidence > kept.holding.confidence) best.set(key, { order: kept.order, holding });
    }
    const offices = [...best.values()].sort((a, b) => a.order - b.order).map((entry) => entry.holding);
    const output: EntityMention[] = mentions.map(({ confidence, surface, ...mention }) => mention);
    return { entities, offices, mentions: output };
  }

  #describe(id: string): { name: string; known: boolean; countryId?: string; organizationKind?: string } {
    const entity = this.#knowledge.entity(id);
    const person = this.#persons.get(id);
    if (entity?.kind === 'person') {
      const countryId = person?.countryId ?? entity.record.countryId;
      return { name: entity.record.name, known: true, ...(countryId === undefined ? {} : { countryId }) };
    }
    if (person !== undefined)
      return { name: person.name, known: false, ...(person.countryId === undefined ? {} : { countryId: person.countryId }) };
    if (entity?.kind === 'country') return { name: entity.record.names.en[0]!, known: true };
    if (entity?.kind === 'org') {
      return {
        name: entity.record.names.en[0]!,
        known: true,
        organizationKind: entity.record.kind,
        ...(entity.record.countryId === undefined ? {} : { countryId: entity.record.countryId }),
      };
    }
    if (entity?.kind === 'place')
      return {
        name: entity.record.names.en[0]!,
        known: true,
        ...(entity.record.countryId === undefined ? {} : { countryId: entity.record.countryId }),
      };
    const organization = this.#organizations.get(id);
    if (organization !== undefined) {
      return {
        name: organization.name,
        known: false,
        organizationKind: organization.organizationKind,
        ...(organization.countryId === undefined ? {} : { countryId: organization.countryId }),
      };
    }
    return { name: id, known: false };
  }
}

function kindOf(id: string): EntityKind {
  const prefix = id.split(':')[0];
  if (prefix === 'org') return 'organization';
  return prefix as EntityKind;
}

function isPersonSpan(candidates: readonly EntityCandidate[]): boolean {
  return candidates.some((candidate) => candidate.kind === 'person');
}
