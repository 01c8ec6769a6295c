import { describe, expect, it } from '@jest/globals';
import { CANNED } from '../../../support/canned-graph.ts';
import { translate } from '../../../support/recording-reader.ts';

// Golden translation tests (issue 18 item 3): the Cypher files and parameters a GraphQL operation sends,
// pinned with no database (test/support/recording-reader.ts). A change to what a resolver sends shows here
// first; that it answers right is for test/integration. Integers are sent as the driver's Integer.
describe('paths: the reads they send', () => {
  it('reads shortest paths over every fact relationship type, without sources when none are selected', async () => {
    const { sent, result } = await translate(
      `{ paths(from: { id: "country:by" }, to: { id: "country:tr" }, maxHops: 4, limit: 2) { length } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/shortest-paths',
        parameters: {
          from: 'country:by',
          to: 'country:tr',
          maxHops: 'Integer(4)',
          types: [
            'ATTENDED',
            'HELD_IN',
            'ABOUT',
            'PARTY_TO',
            'SIGNED_AT',
            'HOLDS_OFFICE',
            'REPRESENTS',
            'LOCATED_IN',
            'BASED_IN',
            'MEMBER_OF',
          ],
          limit: 'Integer(2)',
          nodeProperties: ['id', 'name'],
        },
      },
      {
        name: 'api/nodes-by-id',
        parameters: {
          ids: ['country:by', 'country:tr'],
        },
      },
    ]);
  });

  // The steps' sources were read with the path, every one of them; each step's are now a page read by the
  // tie's key, all steps in one read (issue 16: a tie may have thousands of sources).
  it('reads shortest paths of the given relationship types, then a page of sources of every step in one read when selected', async () => {
    const { sent, result } = await translate(
      `{ paths(from: { id: "country:by" }, to: { id: "country:tr" }, relationshipTypes: [PARTY_TO]) { length steps { sources(first: 3) { sentence } } } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/shortest-paths-of-types',
        parameters: {
          from: 'country:by',
          to: 'country:tr',
          maxHops: 'Integer(4)',
          types: ['PARTY_TO'],
          limit: 'Integer(3)',
          nodeProperties: ['id', 'name'],
        },
      },
      {
        name: 'api/tie-sources',
        parameters: {
          facts: ['PARTY_TO country:by agreement:canned', 'PARTY_TO country:tr agreement:canned'],
          first: 'Integer(3)',
        },
      },
    ]);
  });
});
