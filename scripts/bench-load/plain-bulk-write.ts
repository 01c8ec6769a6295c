import type { Driver } from 'neo4j-driver';
import { readCypher } from '../../src/graph/cypher-files.ts';
import type { ArticleGraphRows, EntityRow } from '../../src/graph/load/graph-rows.ts';
import { addCounters, emptyCounters, type WriteCounters } from '../../src/graph/load/write-counters.ts';

type Row = Record<string, unknown>;

const NODE_LISTS = ['articles', 'publishers', 'countries', 'persons', 'organizations', 'places', 'topics', 'events', 'agreements'] as const;
const RELATIONSHIP_LISTS = [
  'publishedBy',
  'mentions',
  'reportedIn',
  'attended',
  'heldIn',
  'about',
  'partyTo',
  'signedAt',
  'locatedIn',
  'basedIn',
  'represents',
  'holdsOffice',
  'memberOf',
] as const;
const ENTITY_LISTS = { country: 'countries', person: 'persons', organization: 'organizations', place: 'places', topic: 'topics' } as const;
const LINK_LISTS = { place: 'locatedIn', organization: 'basedIn', person: 'represents' } as const;

/** The parameters of cypher/bench/plain-nodes.cypher and plain-relationships.cypher for some articles. */
export interface PlainRows {
  nodes: Record<(typeof NODE_LISTS)[number], Row[]>;
  relationships: Record<(typeof RELATIONSHIP_LISTS)[number], Row[]>;
}

function entityNode(row: EntityRow): Row {
  return { id: row.id, name: row.name, aliases: row.aliases, known: row.known, organizationKind: row.organizationKind };
}

/**
 * The rows graph-rows.ts makes for the loader, flattened per label and per relationship type, one row per
 * article that states it (no de-duplication: MERGE does that). Events keep their new id: a plain write
 * does no matching across articles, which is part of the loader's extra work; an agreement is SIGNED_AT
 * the event of its own article.
 */
export function plainRows(articles: readonly ArticleGraphRows[]): PlainRows {
  const nodes = Object.fromEntries(NODE_LISTS.map((name) => [name, [] as Row[]])) as PlainRows['nodes'];
  const relationships = Object.fromEntries(RELATIONSHIP_LISTS.map((name) => [name, [] as Row[]])) as PlainRows['relationships'];
  for (const rows of articles) {
    const articleId = rows.articleId;
    const article = rows.article as { publisherId: string | null; publisher: string | null };
    nodes.articles.push(rows.article);
    if (article.publisherId) {
      nodes.publishers.push({ id: article.publisherId, name: article.publisher });
      relationships.publishedBy.push({ fromId: articleId, toId: article.publisherId });
    }
    for (const [kind, list] of Object.entries(ENTITY_LISTS) as Array<
      [keyof typeof ENTITY_LISTS, (typeof ENTITY_LISTS)[keyof typeof ENTITY_LISTS]]
    >) {
      for (const entity of rows.entities[kind]) {
        nodes[list].push(entityNode(entity));
        relationships.mentions.push({
          fromId: articleId,
          toId: entity.id,
          sentences: entity.sentences,
          starts: entity.starts,
          ends: entity.ends,
          confidence: entity.confidence,
        });
      }
    }
    const fact = (
      list: keyof PlainRows['relationships'],
      fromId: unknown,
      toId: unknown,
      evidence: { sentence: unknown; start: unknown; end: unknown },
      extra: Row = {},
    ) =>
      relationships[list].push({
        fromId,
        toId,
        articleId,
        sentence: evidence.sentence,
        start: evidence.start,
        end: evidence.end,
        ...extra,
      });
    for (const [kind, list] of Object.entries(LINK_LISTS) as Array<
      [keyof typeof LINK_LISTS, (typeof LINK_LISTS)[keyof typeof LINK_LISTS]]
    >) {
      for (const link of rows.links[kind]) fact(list, link.fromId, link.countryId, link);
    }
    for (const office of rows.offices) {
      if (office.holderId !== null) {
        fact('holdsOffice', office.personId, office.holderId, office, {
          title: office.title,
          officeId: office.officeId,
          asOf: office.asOf,
          confidence: office.confidence,
        });
      }
    }
    const eventIds = new Map<string, string>();
    for (const event of rows.events) {
      eventIds.set(event.localId, event.newId);
      nodes.events.push({
        id: event.newId,
        kind: event.kind,
        name: event.name,
        date: event.date,
        dateText: event.dateText,
        year: event.year,
        monthDay: event.monthDay,
      });
      relationships.reportedIn.push({
        fromId: event.newId,
        toId: articleId,
        sentences: event.sentences,
        starts: event.starts,
        ends: event.ends,
        confidence: event.confidence,
        localId: event.localId,
      });
      const evidence = { sentence: event.sentences[0], start: event.starts[0], end: event.ends[0] };
      for (const participantId of event.participantIds) fact('attended', participantId, event.newId, evidence);
      if (event.placeId) fact('heldIn', event.newId, event.placeId, evidence);
      for (const topicId of event.topicIds) fact('about', event.newId, topicId, evidence);
    }
    for (const agreement of rows.agreements as Array<Row & { id: string; sentences: string[]; starts: number[]; ends: number[] }>) {
      nodes.agreements.push(agreement);
      relationships.reportedIn.push({
        fromId: agreement.id,
        toId: articleId,
        sentences: agreement.sentences,
        starts: agreement.starts,
        ends: agreement.ends,
        confidence: agreement.confidence,
        localId: agreement.localId,
      });
      const evidence = { sentence: agreement.sentences[0], start: agreement.starts[0], end: agreement.ends[0] };
      for (const partyId of [...(agreement.countryIds as string[]), ...(agreement.organizationIds as string[])])
        fact('partyTo', partyId, agreement.id, evidence);
      const eventId = typeof agreement.eventLocalId === 'string' ? eventIds.get(agreement.eventLocalId) : undefined;
      if (eventId) fact('signedAt', agreement.id, eventId, evidence);
      for (const topicId of agreement.topicIds as string[]) fact('about', agreement.id, topicId, evidence);
    }
    for (const membership of rows.memberships) {
      fact('memberOf', membership.countryId, membership.organizationId, membership, { status: membership.status });
    }
  }
  return { nodes, relationships };
}

/**
 * The benchmark's baseline: the articles' rows written with plain UNWIND ... MERGE statements, one write
 * transaction per `articlesPerTransaction` articles (its nodes, then its relationships). Returns what Neo4j
 * reports as created.
 */
export async function plainBulkWrite(
  driver: Driver,
  database: string,
  articles: readonly ArticleGraphRows[],
  articlesPerTransaction: number,
): Promise<WriteCounters> {
  const counters = emptyCounters();
  const session = driver.session({ database });
  try {
    for (let first = 0; first < articles.length; first += articlesPerTransaction) {
      const batch = plainRows(articles.slice(first, first + articlesPerTransaction));
      const written = await session.executeWrite(async (tx) => {
        const inBatch = emptyCounters();
        addCounters(inBatch, (await tx.run(readCypher('bench/plain-nodes'), batch.nodes)).summary.counters.updates());
        addCounters(inBatch, (await tx.run(readCypher('bench/plain-relationships'), batch.relationships)).summary.counters.updates());
        return inBatch;
      });
      addCounters(counters, written);
    }
  } finally {
    await session.close();
  }
  return counters;
}
