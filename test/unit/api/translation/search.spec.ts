import { describe, expect, it } from '@jest/globals';
import { CANNED } from '../../../support/canned-graph.ts';
import { translate } from '../../../support/recording-reader.ts';

// Golden translation tests (issue 18 item 3): the Cypher files and parameters a GraphQL operation sends,
// pinned with no database (test/support/recording-reader.ts). A change to what a resolver sends shows here
// first; that it answers right is for test/integration. Integers are sent as the driver's Integer.
describe('search: the reads it sends', () => {
  it('searches the full-text index for the phrase, then for the fuzzy words, and reads the nodes found', async () => {
    const { sent, result } = await translate(`{ search(text: "Tokayev", first: 3) { score node { id } } }`, CANNED);
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/search',
        parameters: {
          query: '"Tokayev"',
          first: 'Integer(3)',
        },
      },
      {
        name: 'api/search',
        parameters: {
          query: 'Tokayev~',
          first: 'Integer(3)',
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
});
