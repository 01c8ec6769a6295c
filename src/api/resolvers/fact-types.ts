import { eventModeOf } from '../../graph/load/graph-rows.ts';
import type { NodeRow } from '../../graph/read/rows.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, EVENT_KINDS, EVENT_MODES, EVENT_STATUSES, storedValue } from '../vocabulary/closed-sets.ts';
import { partialDate } from '../vocabulary/dates.ts';
import { firstOf, nestedFirst } from './nested-lists.ts';
import { loadNode, loadNodes } from './node-lists.ts';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const storedValues = <Value extends string>(values: readonly Value[], stored: unknown): Value[] =>
  Array.isArray(stored) ? stored.flatMap((item) => storedValue(values, item) ?? []) : [];
/** A fact's date: a day (stored as a date, read as its text) or, when only part is known, the ISO text of that part. */
const dateOf = (row: NodeRow) => partialDate(row.date) ?? partialDate(row.dateText);

/** Events, agreements and articles: their parts come from one batched details read each (an event's and an agreement's, of the parts selected). */
export const factTypeResolvers: Resolvers = {
  Event: {
    // A value outside the set (a graph written by another release) shows as the set's most general one.
    kind: (row) => storedValue(EVENT_KINDS, row.kind) ?? 'meeting',
    kinds: (row) => storedValues(EVENT_KINDS, row.kinds),
    // Events written before statuses and modes (migration 0009 sets them) were all taken as held.
    status: (row) => storedValue(EVENT_STATUSES, row.status) ?? 'held',
    mode: (row) => storedValue(EVENT_MODES, row.mode) ?? eventModeOf(String(row.kind)),
    date: dateOf,
    place: async (row, _args, context) => loadNode(context, await context.loaders.eventDetail(row.id, 'placeId')),
    participants: async (row, _args, context) => loadNodes(context, await context.loaders.eventDetail(row.id, 'participantIds')),
    topics: async (row, _args, context) => loadNodes(context, await context.loaders.eventDetail(row.id, 'topicIds')),
    agreements: async (row, _args, context) => loadNodes(context, await context.loaders.eventDetail(row.id, 'agreementIds')),
    sources: async (row, { first }, context) => firstOf(await context.loaders.eventDetail(row.id, 'sources', nestedFirst(first)), first),
  },
  Agreement: {
    kind: (row) => storedValue(AGREEMENT_KINDS, row.kind) ?? 'agreement',
    status: (row) => storedValue(AGREEMENT_STATUSES, row.status) ?? 'signed',
    subject: (row) => text(row.subject),
    date: dateOf,
    parties: async (row, _args, context) => loadNodes(context, await context.loaders.agreementDetail(row.id, 'partyIds')),
    signedAt: async (row, _args, context) => loadNode(context, await context.loaders.agreementDetail(row.id, 'eventId')),
    topics: async (row, _args, context) => loadNodes(context, await context.loaders.agreementDetail(row.id, 'topicIds')),
    sources: async (row, { first }, context) =>
      firstOf(await context.loaders.agreementDetail(row.id, 'sources', nestedFirst(first)), first),
  },
  Article: {
    title: (row) => text(row.title) ?? row.name,
    url: (row) => text(row.url),
    publishedAt: (row) => partialDate(row.publishedAt) ?? partialDate(row.publishedAtText),
    loadedAt: (row) => text(row.loadedAt),
    language: (row) => text(row.language) ?? 'und',
    publisher: async (row, _args, context) => (await context.loaders.articleReports.load(row.id)).publisher,
    events: async (row, _args, context) => loadNodes(context, (await context.loaders.articleReports.load(row.id)).eventIds),
    agreements: async (row, _args, context) => loadNodes(context, (await context.loaders.articleReports.load(row.id)).agreementIds),
  },
};
