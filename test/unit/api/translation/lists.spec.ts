import { describe, expect, it } from '@jest/globals';
import { CANNED } from '../../../support/canned-graph.ts';
import { translate } from '../../../support/recording-reader.ts';

// Golden translation tests (issue 18 item 3): the Cypher files and parameters a GraphQL operation sends,
// pinned with no database (test/support/recording-reader.ts). A change to what a resolver sends shows here
// first; that it answers right is for test/integration. Integers are sent as the driver's Integer.
describe('events, agreements and articles lists: the reads a page sends', () => {
  it("reads the newest events on the events' newest-first index, and counts them because totalCount is selected", async () => {
    const { sent, result } = await translate(`{ events(first: 2) { totalCount edges { node { id } } } }`, CANNED);
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/events-page-newest',
        parameters: {
          participant: null,
          place: null,
          topic: null,
          kind: null,
          status: null,
          fromKey: '',
          toKey: '~',
          afterKey: null,
          oldestFirst: false,
          pageSize: 'Integer(3)',
        },
      },
      {
        name: 'api/events-count',
        parameters: {
          participant: null,
          place: null,
          topic: null,
          kind: null,
          status: null,
          from: null,
          to: null,
        },
      },
    ]);
  });

  it('reads the oldest events of a kind on the oldest-first index, and no count', async () => {
    const { sent, result } = await translate(
      `{ events(filter: { kind: MEETING }, order: OLDEST_FIRST, first: 2) { edges { node { id } } } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/events-page-oldest',
        parameters: {
          participant: null,
          place: null,
          topic: null,
          kind: 'meeting',
          status: null,
          fromKey: '',
          toKey: '~',
          afterKey: null,
          oldestFirst: true,
          pageSize: 'Integer(3)',
        },
      },
    ]);
  });

  it("reads the events of a participant in few events from the participant's own", async () => {
    const { sent, result } = await translate(
      `{ events(filter: { participant: "person:kassym-jomart-tokayev" }, first: 2) { edges { node { id } } } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/event-degrees',
        parameters: {
          ids: ['person:kassym-jomart-tokayev'],
        },
      },
      {
        name: 'api/events-page-of-participant',
        parameters: {
          participant: 'person:kassym-jomart-tokayev',
          place: null,
          topic: null,
          kind: null,
          status: null,
          fromKey: '',
          toKey: '~',
          afterKey: null,
          oldestFirst: false,
          pageSize: 'Integer(3)',
        },
      },
    ]);
  });

  it("reads a page of a party's agreements within dates from its own (it is party to few), and counts them only because totalCount is selected", async () => {
    const { sent, result } = await translate(
      `{ agreements(filter: { party: "person:kassym-jomart-tokayev", from: "2022-01-01", to: "2022-12-31" }, first: 2) { totalCount edges { node { id } } } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      { name: 'api/party-agreement-degrees', parameters: { ids: ['person:kassym-jomart-tokayev'] } },
      {
        name: 'api/agreements-page-of-party',
        parameters: {
          party: 'person:kassym-jomart-tokayev',
          kind: null,
          status: null,
          fromKey: '2022-01-01',
          toKey: '2022-12-31~',
          afterKey: null,
          oldestFirst: false,
          pageSize: 'Integer(3)',
        },
      },
      {
        name: 'api/agreements-count',
        parameters: { party: 'person:kassym-jomart-tokayev', kind: null, status: null, from: '2022-01-01', to: '2022-12-31' },
      },
    ]);
  });

  it("walks the agreements' oldest-first index for a party to most of them, and sends no count", async () => {
    const { sent, result } = await translate(
      `{ agreements(filter: { party: "country:kz" }, order: OLDEST_FIRST, first: 2) { edges { node { id } } } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      { name: 'api/party-agreement-degrees', parameters: { ids: ['country:kz'] } },
      {
        name: 'api/agreements-page-oldest',
        parameters: {
          party: 'country:kz',
          kind: null,
          status: null,
          fromKey: '',
          toKey: '~',
          afterKey: null,
          oldestFirst: true,
          pageSize: 'Integer(3)',
        },
      },
    ]);
  });

  it("reads a page of articles in a language on the articles' newest-first index", async () => {
    const { sent, result } = await translate(`{ articles(filter: { language: "en" }, first: 2) { edges { node { id } } } }`, CANNED);
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/articles-page-newest',
        parameters: {
          mentions: null,
          language: 'en',
          publisher: null,
          fromKey: '',
          toKey: '~',
          afterKey: null,
          oldestFirst: false,
          pageSize: 'Integer(3)',
        },
      },
    ]);
  });
});
