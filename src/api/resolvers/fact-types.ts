import type { NodeRow } from '../../graph/read/rows.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { firstOf } from './nested-lists.ts';
import { loadNode, loadNodes } from './node-lists.ts';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const textList = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);

/** Events, agreements and articles: their parts come from one batched details read each. */
export const factTypeResolvers: Resolvers = {
  Event: {
    kind: (row) => text(row.kind) ?? 'meeting',
    kinds: (row) => textList(row.kinds),
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
