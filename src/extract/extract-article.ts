/**
 * The extraction pipeline for one article: bytes in, a contract-checked ExtractionResult out.
 * document (decode, clean, language, dates) → entities (mentions, persons, offices) → events,
 * agreements, relations, figures → one result whose every fact cites its sentence.
 */
import { CONTRACT_VERSION, type Entity, type ExtractedEvent, type ExtractionResult } from './contract/extraction-result.ts';
import { assertExtractionResult } from './contract/validate-extraction-result.ts';
import { prepareArticle, prepareText } from './document/prepare-article.ts';
import type { ArticleInput, PreparedArticle, StoredArticleText } from './document/prepared-article.ts';
import { withoutBlankFields } from './input/source-metadata.ts';
import { analyzeEntities } from './entities/analyze-entities.ts';
import { buildEvents } from './events/build-events.ts';
import { extractorVersion } from './extractor-version.ts';
import { loadEventLexicon, type EventLexicon } from './events/event-lexicon.ts';
import { findAgreements } from './events/find-agreements.ts';
import { findFigures } from './events/find-figures.ts';
import { findRelations } from './events/find-relations.ts';
import { placeFromDateline, type DatelinePlace } from './events/dateline-place.ts';
import { describeSentences } from './events/sentence-facts.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { compileTopicMatcher, type TopicMatcher } from '../knowledge/topic-matcher.ts';
import { topicEntities } from './events/topic-entities.ts';

interface Compiled {
  readonly lexicon: EventLexicon;
  readonly matchTopics: TopicMatcher;
  /** The base's head-of-state offices: rank 1 (president, king, emir …). */
  readonly headOffices: ReadonlySet<string>;
}

const compiledByKnowledge = new WeakMap<KnowledgeBase, Compiled>();

function compiledFor(knowledge: KnowledgeBase): Compiled {
  let compiled = compiledByKnowledge.get(knowledge);
  if (compiled === undefined) {
    compiled = {
      lexicon: loadEventLexicon(),
      matchTopics: compileTopicMatcher(knowledge.topics),
      headOffices: new Set(knowledge.offices.filter((office) => office.rank === 1).map((office) => office.id)),
    };
    compiledByKnowledge.set(knowledge, compiled);
  }
  return compiled;
}

/** Extracts one article. Throws ArticleInputError (with what to do) for input that is not an article. */
export function extractArticle(input: ArticleInput, knowledge: KnowledgeBase): ExtractionResult {
  return extractPrepared(prepareArticle(input), knowledge);
}

/**
 * Reads again an article the graph holds, under the current rules and knowledge base. The stored title and
 * date were either stated by the source (HTML meta tags, an API client) or read from the text; which, the
 * graph does not keep. So the text is read first on its own, and a stored title or date the text does not
 * give is then stated, as the source once did: a fixed title or date rule reaches stored articles, and
 * what only the source said is not lost. The id stays the stored one (it came from the same URL or text).
 */
export function reextractArticle(id: string, stored: StoredArticleText, knowledge: KnowledgeBase): ExtractionResult {
  const { text, sourceName, title, publishedAt, ...said } = stored;
  let prepared = prepareText(text, withoutBlankFields(said), sourceName);
  const restate = {
    ...(title !== undefined && prepared.metadata.title !== title ? { title } : {}),
    ...(publishedAt !== undefined && prepared.metadata.publishedAt === undefined ? { publishedAt } : {}),
  };
  if (Object.keys(restate).length > 0) prepared = prepareText(text, withoutBlankFields({ ...said, ...restate }), sourceName);
  const result = extractPrepared(prepared, knowledge);
  return { ...result, article: { ...result.article, id } };
}

export function extractPrepared(article: PreparedArticle, knowledge: KnowledgeBase): ExtractionResult {
  const { lexicon, matchTopics, headOffices } = compiledFor(knowledge);
  const analysis = analyzeEntities(article, knowledge);
  const entityById = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  const countryOf = (id: string): string | undefined => {
    if (id.startsWith('country:')) return id;
    const entity = entityById.get(id);
    if (entity?.countryId !== undefined) return entity.countryId;
    const known = knowledge.entity(id);
    if (known?.kind === 'place') return known.record.capitalOf ?? known.record.countryId;
    return undefined;
  };
  const organizationKind = (id: string): string | undefined => {
    const known = knowledge.entity(id);
    return entityById.get(id)?.organizationKind ?? (known?.kind === 'org' ? known.record.kind : undefined);
  };
  const headedCountry = new Map<string, string>();
  for (const holding of analysis.offices) {
    const country = holding.countryId ?? countryOf(holding.personId);
    if (holding.officeId !== undefined && headOffices.has(holding.officeId) && country !== undefined)
      headedCountry.set(holding.personId, country);
  }
  const entities = {
    countryOf,
    headOfStateOf: (personId: string) => headedCountry.get(personId),
    isCity: (id: string) => {
      const known = knowledge.entity(id);
      return known?.kind === 'place' && (known.record.capitalOf !== undefined || known.record.kind === 'city');
    },
    canBeParty: (id: string) => organizationKind(id) !== 'media',
    isCollective: (id: string) => organizationKind(id) === 'intergovernmental',
  };
  const capitalOf = (countryId: string): string | undefined => {
    const country = knowledge.entity(countryId);
    return country?.kind === 'country' ? (country.record.capital?.id ?? undefined) : undefined;
  };

  const siteOf = (entityId: string): string | undefined => {
    const known = knowledge.entity(entityId);
    if (known?.kind === 'place') return known.record.cityId;
    return known?.kind === 'org' ? known.record.seatId : undefined;
  };
  const facts = describeSentences(
    article,
    analysis,
    lexicon,
    matchTopics,
    capitalOf,
    (placeId) => placeNamesOf(placeId, knowledge),
    siteOf,
    (placeId) => {
      const known = knowledge.entity(placeId);
      return known?.kind === 'place' ? (known.record.capitalOf ?? known.record.countryId) : undefined;
    },
  );
  const hostPlace = placeFromDateline(article.metadata.dateline, knowledge);
  const events = buildEvents(facts, lexicon, entities, {
    ...(hostPlace ? { datelinePlace: hostPlace } : {}),
    language: article.metadata.language,
  });
  const agreements = findAgreements(facts, events, lexicon, entities);
  const relations = findRelations(facts, lexicon, (id) => organizationKind(id) === 'intergovernmental');
  const figures = findFigures(facts, lexicon, (sentence) => {
    const event = [...events].reverse().find((candidate) => (candidate.evidence[0]?.start ?? Infinity) <= sentence.sentence.start);
    return [...new Set((event?.participantIds ?? []).map(countryOf).filter((id): id is string => id !== undefined))];
  });

  const usedTopics = new Set([...events.flatMap((event) => event.topicIds), ...agreements.flatMap((agreement) => agreement.topicIds)]);
  const allEntities: Entity[] = [
    ...analysis.entities.filter((entity) => entity.kind !== 'topic'),
    ...topicEntities(facts, usedTopics, knowledge),
    ...impliedPlaceEntities(article, hostPlace, events, entityById, knowledge),
  ];
  const present = new Set(allEntities.map((entity) => entity.id));
  const keep = (id: string | undefined): boolean => id === undefined || present.has(id);

  return assertExtractionResult({
    contractVersion: CONTRACT_VERSION,
    knowledgeBaseVersion: knowledge.version,
    extractorVersion: extractorVersion(),
    article: article.metadata,
    // A country an entity belongs to but the article never names is left off rather than invented.
    entities: allEntities.map((entity) => (keep(entity.countryId) ? entity : withoutCountry(entity))),
    offices: analysis.offices.filter((office) => keep(office.countryId) && keep(office.organizationId)),
    events: events.map((event) => ({
      ...event,
      participantIds: event.participantIds.filter(keep),
      ...(keep(event.placeId) ? {} : { placeId: undefined }),
    })),
    agreements: agreements.map((agreement) => ({ ...agreement, partyIds: agreement.partyIds.filter(keep) })),
    relations: relations.filter((relation) => keep(relation.subjectId) && keep(relation.objectId)),
    figures: figures.map((figure) => ({ ...figure, subjectIds: figure.subjectIds.filter(keep) })),
  });
}

/**
 * Places that events name only indirectly: the dateline city an event took its place from, or "the
 * Kyrgyz capital". They become entities, cited by the dateline or by the event's first sentence.
 */
function impliedPlaceEntities(
  article: PreparedArticle,
  hostPlace: DatelinePlace | undefined,
  events: readonly ExtractedEvent[],
  entityById: ReadonlyMap<string, Entity>,
  knowledge: KnowledgeBase,
): Entity[] {
  // The dateline names where the story was filed, a place the text states whether or not an event took it.
  const named = [...events.map((event) => event.placeId), hostPlace?.placeId];
  const placeIds = [...new Set(named.filter((id): id is string => id !== undefined && !entityById.has(id)))];
  return placeIds.flatMap((placeId): Entity[] => {
    const place = knowledge.entity(placeId);
    if (place?.kind !== 'place') return [];
    const dateline = article.metadata.dateline;
    const datelineStart = hostPlace?.placeId === placeId && dateline !== undefined ? article.metadata.text.indexOf(dateline) : -1;
    const mention =
      datelineStart >= 0 && dateline !== undefined
        ? { sentence: dateline, start: datelineStart, end: datelineStart + dateline.length }
        : events.find((event) => event.placeId === placeId)?.evidence[0];
    if (mention === undefined) return [];
    const countryId = place.record.capitalOf ?? place.record.countryId;
    return [
      {
        id: placeId,
        kind: 'place',
        name: place.record.names.en[0]!,
        aliases: [],
        known: true,
        ...(countryId !== undefined ? { countryId } : {}),
        mentions: [mention],
        confidence: 0.6,
      },
    ];
  });
}

const placeNamesByKnowledge = new WeakMap<KnowledgeBase, Map<string, readonly string[]>>();

/**
 * A known place's, country's or seated residence's names and aliases in every language, lower case, read
 * once per knowledge base: a Kazakh locative is one of them plus an ending ("Анкарада", "Ауғанстандағы",
 * "Ақордада").
 */
function placeNamesOf(placeId: string, knowledge: KnowledgeBase): readonly string[] {
  let byPlace = placeNamesByKnowledge.get(knowledge);
  if (byPlace === undefined) placeNamesByKnowledge.set(knowledge, (byPlace = new Map<string, readonly string[]>()));
  let names = byPlace.get(placeId);
  if (names === undefined) {
    const entity = knowledge.entity(placeId);
    // A residence with a seat ("Ақордада", in Akorda) takes the locative as a place name does; so does a
    // city under a name it had when the story was written ("Нұр-Сұлтанда", in Nur-Sultan, 2019-2022).
    const all =
      entity?.kind === 'place' || (entity?.kind === 'org' && entity.record.seatId !== undefined)
        ? [...Object.values(entity.record.names), ...Object.values(entity.record.aliases ?? {}), ...formerNamesOf(entity.record)].flat()
        : entity?.kind === 'country'
          ? Object.values(entity.record.names).flat()
          : [];
    names = [...new Set(all.map((name) => name.toLowerCase()))];
    byPlace.set(placeId, names);
  }
  return names;
}

function formerNamesOf(record: {
  formerNames?: ReadonlyArray<{ names: Record<string, readonly string[] | undefined> }>;
}): Array<readonly string[]> {
  return (record.formerNames ?? []).flatMap((former) => Object.values(former.names).filter((names) => names !== undefined));
}

function withoutCountry(entity: Entity): Entity {
  const { countryId: _dropped, ...rest } = entity;
  return rest;
}
