import { describe, expect, it } from '@jest/globals';
import { CANNED } from '../../../support/canned-graph.ts';
import { translate } from '../../../support/recording-reader.ts';

// Golden translation tests (issue 18 item 3): the Cypher files and parameters a GraphQL operation sends,
// pinned with no database (test/support/recording-reader.ts). A change to what a resolver sends shows here
// first; that it answers right is for test/integration. Integers are sent as the driver's Integer.
describe('timeline: the reads a page sends', () => {
  it("reads a page of an entity in most events by walking the events' oldest-first index, its agreements likewise, and the count because it is selected", async () => {
    const { sent, result } = await translate(
      `{ timeline(entity: { id: "country:kz" }, first: 3) { totalCount edges { cursor } } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/nodes-by-id',
        parameters: {
          ids: ['country:kz'],
        },
      },
      {
        name: 'api/event-degrees',
        parameters: {
          ids: ['country:kz'],
        },
      },
      { name: 'api/party-agreement-degrees', parameters: { ids: ['country:kz'] } },
      {
        name: 'api/timeline-agreements-walk',
        parameters: { entity: 'country:kz', pageSize: 'Integer(4)', afterKey: '', fromKey: '', toKey: '~' },
      },
      {
        name: 'api/timeline-events-walk',
        parameters: {
          entity: 'country:kz',
          pageSize: 'Integer(4)',
          afterKey: '',
          fromKey: '',
          toKey: '~',
        },
      },
      {
        name: 'api/timeline-count',
        parameters: {
          entity: 'country:kz',
          from: null,
          to: null,
        },
      },
    ]);
  });

  it('reads a page of an entity in few events from its own events and agreements, from a date, and no count when it is not selected', async () => {
    const { sent, result } = await translate(
      `{ timeline(entity: { id: "person:kassym-jomart-tokayev" }, first: 3, from: "2022-01-01") { edges { cursor } } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/nodes-by-id',
        parameters: {
          ids: ['person:kassym-jomart-tokayev'],
        },
      },
      {
        name: 'api/event-degrees',
        parameters: {
          ids: ['person:kassym-jomart-tokayev'],
        },
      },
      { name: 'api/party-agreement-degrees', parameters: { ids: ['person:kassym-jomart-tokayev'] } },
      {
        name: 'api/timeline-agreements-few',
        parameters: { entity: 'person:kassym-jomart-tokayev', pageSize: 'Integer(4)', afterKey: '', fromKey: '2022-01-01', toKey: '~' },
      },
      {
        name: 'api/timeline-events-few',
        parameters: {
          entity: 'person:kassym-jomart-tokayev',
          pageSize: 'Integer(4)',
          afterKey: '',
          fromKey: '2022-01-01',
          toKey: '~',
        },
      },
    ]);
  });
});
