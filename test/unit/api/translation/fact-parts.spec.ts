import { describe, expect, it } from '@jest/globals';
import { CANNED } from '../../../support/canned-graph.ts';
import { translate } from '../../../support/recording-reader.ts';

// Golden translation tests: the Cypher files and parameters a GraphQL operation sends, pinned with no
// database (test/support/recording-reader.ts). Here: an event's and an agreement's parts are read only when selected.
const TWO_MEETINGS = {
  ...CANNED,
  'api/country-meetings-page': [
    { id: 'event:first', date: null },
    { id: 'event:second', date: null },
  ],
};

const TWO_AGREEMENTS = {
  ...CANNED,
  'api/agreements-page-of-party': [
    { id: 'agreement:first', date: null },
    { id: 'agreement:second', date: null },
  ],
};

const detailsReads = (sent: ReadonlyArray<{ name: string; parameters: Record<string, unknown> }>, name = 'api/event-details') =>
  sent.filter((read) => read.name === name);

describe("an event's and an agreement's parts: the reads they send", () => {
  it('reads only the places of a page of events that shows their places, in one read for the page', async () => {
    const { sent, result } = await translate(
      `{ meetingsBetween(a: { id: "country:kz" }, b: { id: "country:tr" }, first: 2) { edges { node { id place { id } } } } }`,
      TWO_MEETINGS,
    );
    expect(result.errors).toBeUndefined();
    expect(detailsReads(sent)).toEqual([
      { name: 'api/event-details', parameters: { ids: ['event:first', 'event:second'], parts: ['place'], reportsFirst: 'Integer(0)' } },
    ]);
  });

  it('reads the parts a page selects together, and none it does not; reports only as many as the page of sources', async () => {
    const { sent, result } = await translate(
      `{ meetingsBetween(a: { id: "country:kz" }, b: { id: "country:tr" }, first: 2) {
           edges { node { id participants { ... on Person { id } } sources(first: 1) { sentence } } } } }`,
      TWO_MEETINGS,
    );
    expect(result.errors).toBeUndefined();
    expect(detailsReads(sent)).toEqual([
      {
        name: 'api/event-details',
        parameters: { ids: ['event:first', 'event:second'], parts: ['participants', 'reports'], reportsFirst: 'Integer(1)' },
      },
    ]);
  });

  it('reads no part of events whose selection shows none', async () => {
    const { sent, result } = await translate(
      `{ meetingsBetween(a: { id: "country:kz" }, b: { id: "country:tr" }, first: 2) { edges { node { id name date { iso } } } } }`,
      TWO_MEETINGS,
    );
    expect(result.errors).toBeUndefined();
    expect(detailsReads(sent)).toEqual([]);
  });

  it("reads an agreement's parts the page selects together, sources only as far as the page, and no other part", async () => {
    const { sent, result } = await translate(
      `{ agreements(filter: { party: "person:kassym-jomart-tokayev" }, first: 2) {
           edges { node { id parties { ... on Country { id } } sources(first: 3) { sentence } } } } }`,
      TWO_AGREEMENTS,
    );
    expect(result.errors).toBeUndefined();
    expect(detailsReads(sent, 'api/agreement-details')).toEqual([
      {
        name: 'api/agreement-details',
        parameters: { ids: ['agreement:first', 'agreement:second'], parts: ['parties', 'reports'], reportsFirst: 'Integer(3)' },
      },
    ]);
  });
});
