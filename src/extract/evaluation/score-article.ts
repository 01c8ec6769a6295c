import type { Entity, EntityKind, ExtractionResult } from '../contract/extraction-result.ts';
import { alignPersons, goldPersonKey, type PersonAlignment } from './align-persons.ts';
import { findClutter, type ClutterViolation } from './clutter-check.ts';
import { extractedParticipantKeys, goldParticipantKeys, matchEvents } from './event-matching.ts';
import type { GoldArticle } from './gold-schema.ts';
import { matchOneToOne, type Matching } from './match-one-to-one.ts';
import { anyNameMatches } from './name-match.ts';
import { dateOnly } from './partial-dates.ts';
import type { Counts, FactType } from './scores.ts';

/** The outcome for one fact type of one article: counts, and what was missed or spurious, in words. */
export interface FactOutcome {
  counts: Counts;
  missed: string[];
  spurious: string[];
}

export interface ArticleScore {
  article: string;
  /** Absent for a fact type the gold does not annotate for this article (countries, figures). */
  facts: Partial<Record<FactType, FactOutcome>>;
  clutter: ClutterViolation[];
}

function outcome<G, X>(matching: Matching<G, X>, goldLabel: (item: G) => string, extractedLabel: (item: X) => string): FactOutcome {
  return { counts: matching.counts, missed: matching.missed.map(goldLabel), spurious: matching.spurious.map(extractedLabel) };
}

/** Facts compared as exact keys (offices, relations, participant pairs); duplicates count once. */
function matchKeys(
  gold: ReadonlyArray<{ key: string; label: string; optional: boolean }>,
  extracted: ReadonlyArray<{ key: string; label: string }>,
): FactOutcome {
  const required = new Map<string, string>();
  const optional = new Set<string>();
  for (const item of gold) {
    if (item.optional) optional.add(item.key);
    else required.set(item.key, item.label);
  }
  for (const key of required.keys()) optional.delete(key);
  const found = new Map(extracted.map((item) => [item.key, item.label]));
  const missed = [...required].filter(([key]) => !found.has(key)).map(([, label]) => label);
  const spurious = [...found].filter(([key]) => !required.has(key) && !optional.has(key)).map(([, label]) => label);
  return { counts: { tp: required.size - missed.length, fp: spurious.length, fn: missed.length }, missed, spurious };
}

interface GoldNamed {
  id: string | null;
  names: string[];
  optional?: boolean;
}

type GoldNamedInput =
  string | { id: string; optional?: boolean | undefined } | { name: string; aliases: string[]; optional?: boolean | undefined };

function toGoldNamed(item: GoldNamedInput): GoldNamed {
  if (typeof item === 'string') return { id: item, names: [] };
  if ('id' in item) return { id: item.id, names: [], optional: item.optional === true };
  return { id: null, names: [item.name, ...item.aliases], optional: item.optional === true };
}

/** Organizations, places and countries: by id, or by name for a thing the knowledge base lacks. */
function scoreNamed(gold: readonly GoldNamedInput[], entities: readonly Entity[], kind: EntityKind): FactOutcome {
  const goldItems = gold.map(toGoldNamed);
  const extracted = entities.filter((entity) => entity.kind === kind);
  const matching = matchOneToOne(goldItems, extracted, (goldItem, entity) => {
    if (goldItem.id !== null) return goldItem.id === entity.id ? 100 : undefined;
    return anyNameMatches(goldItem.names, [entity.name, ...entity.aliases]) ? 10 : undefined;
  });
  return outcome(
    matching,
    (item) => item.id ?? item.names[0]!,
    (entity) => (entity.known ? entity.id : `${entity.id} "${entity.name}"`),
  );
}

/** Words for a participant key: the gold person's name, an extracted entity's name, or the id itself. */
function keyLabel(gold: GoldArticle, result: ExtractionResult): (key: string) => string {
  const extractedNames = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const goldNames = new Map(gold.persons.map((person, index) => [goldPersonKey(index), person.name]));
  return (key) => goldNames.get(key) ?? extractedNames.get(key) ?? key;
}

function scoreOffices(gold: GoldArticle, result: ExtractionResult, persons: PersonAlignment, label: (key: string) => string): FactOutcome {
  const goldOffices = gold.persons.flatMap((person, index) =>
    person.offices.map((office) => {
      const key = `${goldPersonKey(index)}|${office.officeId}|${office.countryId ?? office.organizationId}`;
      return {
        key,
        label: `${person.name}: ${office.officeId} of ${office.countryId ?? office.organizationId}`,
        optional: person.optional === true || office.optional === true,
      };
    }),
  );
  // A holding without a canonical office cannot be compared with the gold; it is left out, not counted.
  const extractedOffices = result.offices.flatMap((office) => {
    if (office.officeId === undefined) return [];
    const person = persons.keyOf(office.personId);
    const where = office.countryId ?? office.organizationId;
    return [{ key: `${person}|${office.officeId}|${where}`, label: `${label(person)}: ${office.officeId} of ${where ?? '?'}` }];
  });
  return matchKeys(goldOffices, extractedOffices);
}

function pairKeys(keys: Iterable<string>): string[] {
  const sorted = [...new Set(keys)].sort();
  return sorted.flatMap((first, index) => sorted.slice(index + 1).map((second) => `${first}+${second}`));
}

function pairLabel(label: (key: string) => string): (pair: string) => string {
  return (pair) => pair.split('+').map(label).join(' + ');
}

function scoreDates(gold: GoldArticle, result: ExtractionResult, events: ReturnType<typeof matchEvents>): FactOutcome {
  const missed: string[] = [];
  const spurious: string[] = [];
  let tp = 0;
  const compare = (what: string, goldDate: string | null, extractedDate: string | undefined) => {
    if (goldDate !== null && extractedDate === goldDate) {
      tp += 1;
      return;
    }
    // A wrong date is both: the right one is missing and a wrong one was claimed.
    if (goldDate !== null) missed.push(`${what}: ${goldDate}`);
    if (extractedDate !== undefined) spurious.push(`${what}: ${extractedDate}`);
  };
  compare('publishedAt', gold.publishedAt === null ? null : dateOnly(gold.publishedAt), result.article.publishedAt?.iso);
  // Only events matched to the gold have a date to compare; unmatched ones are counted under events.
  for (const pair of events.pairs) {
    if (pair.gold.optional !== true) compare(`date of event ${pair.extracted.id}`, pair.gold.date, pair.extracted.date?.iso);
  }
  return { counts: { tp, fp: spurious.length, fn: missed.length }, missed, spurious };
}

/**
 * Where each event took place, as the gold says: for a matched event the right place counts once, a wrong
 * one once as missed and once as spurious, a place the gold does not state once as spurious; the place of
 * an event not found at all is missed too, so finding no events scores no places.
 */
function scoreEventPlaces(events: ReturnType<typeof matchEvents>): FactOutcome {
  const missed: string[] = events.missed
    .filter((event) => event.optional !== true && event.placeId !== null)
    .map((event) => `place of a missed ${String(event.kind)}: ${event.placeId}`);
  const spurious: string[] = [];
  let tp = 0;
  for (const pair of events.pairs) {
    if (pair.gold.optional === true) continue;
    const what = `place of event ${pair.extracted.id}`;
    if (pair.gold.placeId !== null && pair.gold.placeId === pair.extracted.placeId) {
      tp += 1;
      continue;
    }
    if (pair.gold.placeId !== null) missed.push(`${what}: ${pair.gold.placeId}`);
    if (pair.extracted.placeId !== undefined) spurious.push(`${what}: ${pair.extracted.placeId}`);
  }
  return { counts: { tp, fp: spurious.length, fn: missed.length }, missed, spurious };
}

/** Compares one article's extraction with its gold annotation, fact type by fact type. */
export function scoreArticle(gold: GoldArticle, extraction: ExtractionResult): ArticleScore {
  // Gold lists only events that took place; a planned, cancelled or denied one is scored by leaving it out.
  const result = { ...extraction, events: extraction.events.filter((event) => event.status === 'held') };
  const persons = alignPersons(gold.persons, result.entities);
  const label = keyLabel(gold, result);
  const events = matchEvents(gold, result.events, persons);
  const participants = (keys: Set<string>) => [...keys].map(label).join(' + ');
  const goldEventLabel = (event: (typeof events.missed)[number]) =>
    `${String(event.kind)} ${participants(event.keys)}${event.date === null ? '' : ` on ${event.date}`}`;
  const extractedEventLabel = (event: (typeof events.spurious)[number]) =>
    `${event.id} ${event.kind} ${participants(event.keys)}${event.date === undefined ? '' : ` on ${event.date.iso}`}`;

  const facts: Partial<Record<FactType, FactOutcome>> = {
    persons: outcome(
      persons.matching,
      (person) => person.name,
      (entity) => `${entity.id} "${entity.name}"`,
    ),
    offices: scoreOffices(gold, result, persons, label),
    events: outcome(events, goldEventLabel, extractedEventLabel),
    participantPairs: scoreParticipantPairs(gold, result, persons, label),
    agreements: scoreAgreements(gold, result),
    relations: matchKeys(
      gold.relations.map((relation) => ({
        key: `${relation.kind} ${relation.subjectId} ${relation.objectId}`,
        label: `${relation.kind} ${relation.subjectId} ${relation.objectId}`,
        optional: relation.optional === true,
      })),
      result.relations.map((relation) => ({
        key: `${relation.kind} ${relation.subjectId} ${relation.objectId}`,
        label: `${relation.kind} ${relation.subjectId} ${relation.objectId}`,
      })),
    ),
    organizations: scoreNamed(gold.organizations, result.entities, 'organization'),
    places: scoreNamed(gold.places, result.entities, 'place'),
    dates: scoreDates(gold, result, events),
    eventPlaces: scoreEventPlaces(events),
  };
  if (gold.countries !== undefined) facts.countries = scoreNamed(gold.countries, result.entities, 'country');
  if (gold.figures !== undefined) facts.figures = scoreFigures(gold, result);
  return { article: gold.article, facts, clutter: findClutter(extraction, gold.mustNotContain) };
}

function scoreParticipantPairs(
  gold: GoldArticle,
  result: ExtractionResult,
  persons: PersonAlignment,
  label: (key: string) => string,
): FactOutcome {
  const goldPairs = gold.events.flatMap((event) =>
    pairKeys(goldParticipantKeys(gold, event)).map((key) => ({ key, label: pairLabel(label)(key), optional: event.optional === true })),
  );
  const extractedPairs = result.events.flatMap((event) =>
    pairKeys(extractedParticipantKeys(event, persons)).map((key) => ({ key, label: pairLabel(label)(key) })),
  );
  return matchKeys(goldPairs, extractedPairs);
}

function scoreAgreements(gold: GoldArticle, result: ExtractionResult): FactOutcome {
  const matching = matchOneToOne(gold.agreements, result.agreements, (goldAgreement, agreement) => {
    const kinds = Array.isArray(goldAgreement.kind) ? goldAgreement.kind : [goldAgreement.kind];
    if (!kinds.includes(agreement.kind) || goldAgreement.status !== agreement.status) return undefined;
    const shared = goldAgreement.parties.filter((party) => agreement.partyIds.includes(party)).length;
    const needed = Math.min(2, goldAgreement.parties.length, agreement.partyIds.length);
    if (shared < needed) return undefined;
    const sameDate = goldAgreement.date !== null && goldAgreement.date === agreement.date?.iso;
    return shared * 10 + (sameDate ? 2 : 0);
  });
  return outcome(
    matching,
    (agreement) => `${String(agreement.kind)} ${agreement.status} ${agreement.parties.join(' + ')}`,
    (agreement) => `${agreement.id} ${agreement.kind} ${agreement.status} ${agreement.partyIds.join(' + ')}`,
  );
}

/** A figure matches on kind, unit (any case) and year when the gold gives one, its value within 1 %. */
function scoreFigures(gold: GoldArticle, result: ExtractionResult): FactOutcome {
  const matching = matchOneToOne(gold.figures ?? [], result.figures, (goldFigure, figure) => {
    if (goldFigure.kind !== figure.kind || goldFigure.unit.toLowerCase() !== figure.unit.toLowerCase()) return undefined;
    if (goldFigure.year !== null && goldFigure.year !== figure.year) return undefined;
    const tolerance = Math.abs(goldFigure.value) * 0.01;
    return Math.abs(goldFigure.value - figure.value) <= tolerance ? 1 : undefined;
  });
  return outcome(
    matching,
    (figure) => `${figure.kind} ${figure.value} ${figure.unit}${figure.year === null ? '' : ` (${figure.year})`}`,
    (figure) => `${figure.kind} ${figure.value} ${figure.unit}${figure.year === undefined ? '' : ` (${figure.year})`}`,
  );
}
