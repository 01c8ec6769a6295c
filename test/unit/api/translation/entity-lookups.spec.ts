import { describe, expect, it } from '@jest/globals';
import { CANNED } from '../../../support/canned-graph.ts';
import { translate } from '../../../support/recording-reader.ts';

// Golden translation tests (issue 18 item 3): the Cypher files and parameters a GraphQL operation sends,
// pinned with no database (test/support/recording-reader.ts). A change to what a resolver sends shows here
// first; that it answers right is for test/integration. Integers are sent as the driver's Integer.
describe('entity lookups: the reads each lookup sends', () => {
  it('finds a country by any key in one read, asking only for the properties selected', async () => {
    const { sent, result } = await translate(`{ country(key: "KZ") { id name } }`, CANNED);
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
          properties: ['id', 'name'],
        },
      },
    ]);
  });

  it('finds an organization by name or acronym', async () => {
    const { sent, result } = await translate(`{ organization(key: "SCO") { id name } }`, CANNED);
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/entity-by-key',
        parameters: {
          key: 'SCO',
          phrase: '"SCO"',
          idLabel: 'Organization',
          byCode: false,
          byAcronym: true,
          nameLabels: ['Organization'],
          properties: ['id', 'name'],
        },
      },
    ]);
  });

  it('finds a place by name', async () => {
    const { sent, result } = await translate(`{ place(key: "Astana") { id name } }`, CANNED);
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/entity-by-key',
        parameters: {
          key: 'Astana',
          phrase: '"Astana"',
          idLabel: 'Place',
          byCode: false,
          byAcronym: false,
          nameLabels: ['Place'],
          properties: ['id', 'name'],
        },
      },
    ]);
  });

  it("reads a person's offices from their ties, batched by id", async () => {
    const { sent, result } = await translate(`{ person(key: "Tokayev") { name offices { title } } }`, CANNED);
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/entity-by-key',
        parameters: {
          key: 'Tokayev',
          phrase: '"Tokayev"',
          idLabel: 'Person',
          byCode: false,
          byAcronym: false,
          nameLabels: ['Person'],
          properties: ['id', 'name', 'offices'],
        },
      },
      {
        name: 'api/entity-ties',
        parameters: {
          ids: ['person:kassym-jomart-tokayev'],
        },
      },
    ]);
  });

  // An office's sources came with the office, every one of them; they are now a page read by the tie's key.
  it("reads a page of a person's offices' sources by each office's key, after the ties", async () => {
    const { sent, result } = await translate(`{ person(key: "Tokayev") { offices { title sources(first: 5) { sentence } } } }`, CANNED);
    expect(result.errors).toBeUndefined();
    expect(sent.map((read) => read.name)).toEqual(['api/entity-by-key', 'api/entity-ties', 'api/tie-sources']);
    expect(sent[2]!.parameters).toEqual({
      facts: ['HOLDS_OFFICE person:kassym-jomart-tokayev country:kz President'],
      first: 'Integer(5)',
    });
  });

  it('reads a node by id', async () => {
    const { sent, result } = await translate(`{ node(id: "country:kz") { id ... on Country { name } } }`, CANNED);
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/nodes-by-id',
        parameters: {
          ids: ['country:kz'],
        },
      },
    ]);
  });

  it('reads a country by id as any node by id, not through its names', async () => {
    const { sent, result } = await translate(`{ country(id: "country:kz") { id name } }`, CANNED);
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/nodes-by-id',
        parameters: {
          ids: ['country:kz'],
        },
      },
    ]);
  });

  it('reads an event by id', async () => {
    const { sent, result } = await translate(`{ event(id: "event:e1") { id kind } }`, CANNED);
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/nodes-by-id',
        parameters: {
          ids: ['event:e1'],
        },
      },
    ]);
  });

  it('reads an agreement by id', async () => {
    const { sent, result } = await translate(`{ agreement(id: "agreement:a1") { id kind } }`, CANNED);
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/nodes-by-id',
        parameters: {
          ids: ['agreement:a1'],
        },
      },
    ]);
  });

  it('reads an article by id', async () => {
    const { sent, result } = await translate(`{ article(id: "article:x") { id title } }`, CANNED);
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/nodes-by-id',
        parameters: {
          ids: ['article:x'],
        },
      },
    ]);
  });
});
