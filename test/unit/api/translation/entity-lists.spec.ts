import { describe, expect, it } from '@jest/globals';
import { CANNED } from '../../../support/canned-graph.ts';
import { translate } from '../../../support/recording-reader.ts';

// Golden translation tests (issue 18 item 3): the Cypher files and parameters a GraphQL operation sends,
// pinned with no database (test/support/recording-reader.ts). A change to what a resolver sends shows here
// first; that it answers right is for test/integration. Integers are sent as the driver's Integer.
describe("an entity's sources and events: the reads each page sends", () => {
  it("seeks the mentions' (entity, article key) index for an entity's sources, asking for the page only", async () => {
    const { sent, result } = await translate(`{ country(key: "KZ") { name sources(first: 5) { sentence } } }`, CANNED);
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/entity-by-key',
        parameters: {
          key: 'KZ',
          phrase: '"KZ"',
          idLabel: 'Country',
          byCode: true,
          byAcronym: false,
          nameLabels: ['Country'],
          properties: ['id', 'name', 'sources'],
        },
      },
      {
        name: 'api/mention-sources',
        parameters: {
          ids: ['country:kz'],
          first: 'Integer(5)',
        },
      },
    ]);
  });

  it("walks the events' newest-first index for the events of an entity in most events", async () => {
    const { sent, result } = await translate(`{ country(key: "KZ") { events(first: 5) { id } } }`, CANNED);
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/entity-by-key',
        parameters: {
          key: 'KZ',
          phrase: '"KZ"',
          idLabel: 'Country',
          byCode: true,
          byAcronym: false,
          nameLabels: ['Country'],
          properties: ['id', 'name', 'events'],
        },
      },
      {
        name: 'api/event-degrees',
        parameters: {
          ids: ['country:kz'],
        },
      },
      {
        name: 'api/events-of-nodes-walk',
        parameters: {
          ids: ['country:kz'],
          first: 'Integer(5)',
        },
      },
    ]);
  });
});
