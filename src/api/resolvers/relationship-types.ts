import type { Resolvers } from '../generated/resolvers-types.ts';
import { RELATIONSHIP_TYPES, storedMembershipStatus, storedValue } from '../vocabulary/closed-sets.ts';
import { partialDate } from '../vocabulary/dates.ts';
import { firstOf, nestedFirst } from './nested-lists.ts';
import { loadNode, loadNodes } from './node-lists.ts';
import { pathStepSentence } from './path-step-sentence.ts';
import { tieSources } from './tie-sources.ts';

/** A path's ends are partial rows: `name` is there only when the request selects it. */
const nameOrId = (end: { id: string; name?: string }): string => end.name ?? end.id;

export const relationshipTypeResolvers: Resolvers = {
  // Counterpart's fields and PathStep's ends come read with the request's selection: default resolvers,
  // but for meetings, read as many as the most any alias asks for (whoMet) and cut to this one's.
  Counterpart: {
    meetings: (row, { first }) => firstOf(row.meetings, first),
    // Counted only when the request selects it (whoMet reads the selection): a fault otherwise, masked and logged.
    meetingCount: (row) => {
      if (row.meetingCount === null)
        throw new Error(`whoMet read ${row.counterpart.id} without its meetingCount, which the request selects.`);
      return row.meetingCount;
    },
  },
  PathStep: {
    // A path follows only the types asked for, all of the set; anything else is a fault, masked for clients and logged.
    relationship: (row) => {
      const type = storedValue(RELATIONSHIP_TYPES, row.relationship);
      if (type === undefined) throw new Error(`A path step has the relationship ${row.relationship}, which the API does not know.`);
      return type;
    },
    status: (row) => (row.relationship === 'MEMBER_OF' ? (storedMembershipStatus(row.status) ?? 'member') : null),
    sources: (row, { first }, context) => tieSources(row.fact, first, context),
    sentence: (row) => pathStepSentence(nameOrId(row.from), row.relationship, row.direction, nameOrId(row.to), row.status),
  },
  // The ties come as ids: only the nodes a request selects are loaded, at most a page of them.
  TimelineEntry: {
    date: (row) => partialDate(row.date),
  },
  CountryRelations: {
    meetingCount: (row) => row.meetingCount(),
    meetings: async (row, { first }, context) => loadNodes(context, await row.meetingIds(nestedFirst(first))),
    agreementCount: (row) => row.agreementCount(),
    agreements: async (row, { first }, context) => loadNodes(context, await row.agreementIds(nestedFirst(first))),
    sharedOrganizations: async (row, _args, context) => loadNodes(context, await row.organizationIds()),
  },
  SearchHit: {
    node: async (row, _args, context) => (await loadNode(context, row.id))!,
  },
};
