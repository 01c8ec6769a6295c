import { describe, expect, it } from '@jest/globals';
import { encodeCursor } from '../../../../src/api/resolvers/cursor.ts';
import { CANNED } from '../../../support/canned-graph.ts';
import { translate } from '../../../support/recording-reader.ts';

// Golden translation tests (issue 18 item 3): the Cypher files and parameters a GraphQL operation sends,
// pinned with no database (test/support/recording-reader.ts). A change to what a resolver sends shows here
// first; that it answers right is for test/integration. Integers are sent as the driver's Integer.
describe('whoMet: the reads it sends', () => {
  it("reads a person's page of counterparts (one more than asked, to know if there is a next) with as many meetings each as the request shows", async () => {
    const { sent, result } = await translate(
      `{ whoMet(party: { id: "person:kassym-jomart-tokayev" }, first: 2) { totalCount edges { cursor node { counterpart { ... on Person { name } } meetingCount meetings(first: 1) { id } } } } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/who-met-of-party',
        parameters: {
          party: 'person:kassym-jomart-tokayev',
          afterKey: null,
          afterId: null,
          pageSize: 'Integer(3)',
          meetings: 'Integer(1)',
          counterpartProperties: ['id', 'name'],
          eventProperties: ['id'],
          // Only what each meeting record's key answers: no event is read (but undated ones).
          readEvents: false,
        },
      },
      {
        name: 'api/nodes-by-id',
        parameters: {
          ids: ['person:kassym-jomart-tokayev'],
        },
      },
    ]);
  });

  it("reads a country's counterparts through its representatives, and no meetings when none are selected", async () => {
    const { sent, result } = await translate(
      `{ whoMet(party: { id: "country:kz" }, first: 2) { edges { node { counterpart { ... on Person { name } } } } } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/who-met-of-country',
        parameters: {
          party: 'country:kz',
          afterKey: null,
          afterId: null,
          pageSize: 'Integer(3)',
          meetings: 'Integer(0)',
          counterpartProperties: ['id', 'name'],
          eventProperties: ['id'],
          // Only what each meeting record's key answers: no event is read (but undated ones).
          readEvents: false,
          // The first page: each side's MET read as far as this page's size (and one more).
          reach: 'Integer(3)',
          // meetingCount is not selected: a country's count reads every meeting of each counterpart.
          countMeetings: false,
        },
      },
      {
        name: 'api/nodes-by-id',
        parameters: {
          ids: ['country:kz'],
        },
      },
    ]);
  });

  it("reads a country's next page as far as the pages before it went, and counts meetings and counterparts when selected", async () => {
    const after = encodeCursor({ sortKey: -20220510, id: 'person:test-guest', ordinal: 40 }, { list: 'whoMet', order: 'NEWEST_FIRST' });
    const { sent, result } = await translate(
      `{ whoMet(party: { id: "country:kz" }, first: 2, after: "${after}") { totalCount edges { node { meetingCount } } } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/who-met-of-country',
        parameters: {
          party: 'country:kz',
          afterKey: 'Integer(-20220510)',
          afterId: 'person:test-guest',
          pageSize: 'Integer(3)',
          meetings: 'Integer(0)',
          counterpartProperties: ['id', 'name'],
          eventProperties: ['id'],
          // Only what each meeting record's key answers: no event is read (but undated ones).
          readEvents: false,
          // 40 counterparts before the cursor, 2 asked and one more.
          reach: 'Integer(43)',
          countMeetings: true,
        },
      },
      {
        name: 'api/nodes-by-id',
        parameters: {
          ids: ['country:kz'],
        },
      },
      { name: 'api/who-met-of-country-count', parameters: { party: 'country:kz' } },
    ]);
  });

  it('finds a party given by key first, then reads its counterparts by the id it names', async () => {
    const { sent, result } = await translate(
      `{ whoMet(party: { key: "Tokayev" }, first: 2) { edges { node { counterpart { ... on Person { name } } } } } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/entity-by-key',
        parameters: {
          key: 'Tokayev',
          phrase: '"Tokayev"',
          idLabel: null,
          byCode: true,
          byAcronym: true,
          nameLabels: ['Country', 'Person', 'Organization', 'Place'],
          properties: ['id'],
        },
      },
      {
        name: 'api/who-met-of-party',
        parameters: {
          party: 'person:kassym-jomart-tokayev',
          afterKey: null,
          afterId: null,
          pageSize: 'Integer(3)',
          meetings: 'Integer(0)',
          counterpartProperties: ['id', 'name'],
          eventProperties: ['id'],
          // Only what each meeting record's key answers: no event is read (but undated ones).
          readEvents: false,
        },
      },
    ]);
  });

  it("reads each meeting's event when the request shows more of a meeting than its id and date", async () => {
    const { sent, result } = await translate(
      `{ whoMet(party: { id: "person:kassym-jomart-tokayev" }, first: 2) { edges { node { meetings(first: 3) { id name date { iso } } } } } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent[0]).toEqual({
      name: 'api/who-met-of-party',
      parameters: {
        party: 'person:kassym-jomart-tokayev',
        afterKey: null,
        afterId: null,
        pageSize: 'Integer(3)',
        meetings: 'Integer(3)',
        counterpartProperties: ['id', 'name'],
        eventProperties: ['id', 'name', 'date', 'dateText'],
        readEvents: true,
      },
    });
  });
});
