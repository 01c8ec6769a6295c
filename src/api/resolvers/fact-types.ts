import { eventModeOf } from '../../graph/load/graph-rows.ts';
import type { NodeRow } from '../../graph/read/rows.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { firstOf } from './nested-lists.ts';
import { loadNode, loadNodes } from './node-lists.ts';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const textList = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);

const EVENT_STATUSES = ['HELD', 'PLANNED', 'CANCELLED', 'DENIED'] as const;
const EVENT_MODES = ['IN_PERSON', 'CALL', 'GATHERING'] as const;
/** The enum value of a closed set the graph stores in lower case, or the fallback for nodes written before it existed. */
function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => typeof value === 'string' && candidate === value.toUpperCase()) ?? fallback;
}

/** Events, agreements and articles: their parts come from one batched details read each. */
export const factTypeResolvers: Resolvers = {
  Event: {
    kind: (row) => text(row.kind) ?? 'meeting',
    kinds: (row) => textList(row.kinds),
    // Events written before statuses and modes (migration 0009 sets them) were all taken as held.
    status: (row) => oneOf(row.status, EVENT_STATUSES, 'HELD'),
    mode: (row) => oneOf(row.mode, EVENT_MODES, eventModeOf(String(row.kind)).toUpperCase() as (typeof EVENT_MODES)[number]),
    date: (row: NodeRow) => text(row.date) ?? text(row.dateText),
    place: async (row, _args, context) => loadNode(context, (await context.loaders.eventDetails.load(row.id)).placeId),
    participants: async (row, _args, context) => loadNodes(context, (await context.loaders.eventDetails.load(row.id)).participantIds),
    topics: async (row, _args, context) => loadNodes(context, (await context.loaders.eventDetails.load(row.id)).topicIds),
    agreements: async (row, _args, context) => loadNodes(context, (await context.loaders.eventDetails.load(row.id)).agreementIds),
    sources: async (row, { first }, context) => firstOf((await context.loaders.eventDetails.load(row.id)).sources, first),
  },
  Agreement: {
    kind: (row) => text(row.kind) ?? 'agreement',
    status: (row) => text(row.status) ?? 'signed',
    subject: (row) => text(row.subject),
    date: (row) => text(row.date) ?? text(row.dateText),
    parties: async (row, _args, context) => loadNodes(context, (await context.loaders.agreementDetails.load(row.id)).partyIds),
    signedAt: async (row, _args, context) => loadNode(context, (await context.loaders.agreementDetails.load(row.id)).eventId),
    topics: async (row, _args, context) => loadNodes(context, (await context.loaders.agreementDetails.load(row.id)).topicIds),
    sources: async (row, { first }, context) => firstOf((await context.loaders.agreementDetails.load(row.id)).sources, first),
  },
  Article: {
    title: (row) => text(row.title) ?? row.name,
    url: (row) => text(row.url),
    publishedAt: (row) => text(row.publishedAt) ?? text(row.publishedAtText),
    language: (row) => text(row.language) ?? 'und',
    publisher: async (row, _args, context) => (await context.loaders.articleReports.load(row.id)).publisher,
    events: async (row, _args, context) => loadNodes(context, (await context.loaders.articleReports.load(row.id)).eventIds),
    agreements: async (row, _args, context) => loadNodes(context, (await context.loaders.articleReports.load(row.id)).agreementIds),
  },
};
