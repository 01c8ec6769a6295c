import { describe, expect, it } from '@jest/globals';
import type { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageConnection, type CursorScope } from '../../../src/api/resolvers/cursor.ts';

const EVENTS: CursorScope = { list: 'events', order: 'NEWEST_FIRST' };
const POSITION = { sortKey: -20220510, id: 'event:2022-05-10-ankara-talks' };

function refusal(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected the cursor to be refused');
}

describe('page cursors', () => {
  it('give back the position they were made from, in the list and order that made them', () => {
    expect(decodeCursor(encodeCursor(POSITION, EVENTS), EVENTS)).toEqual(POSITION);
    expect(decodeCursor(null, EVENTS)).toBeNull();
    expect(decodeCursor(undefined, EVENTS)).toBeNull();
  });

  it('carry the ordinal of a position when its list gives one, and only then', () => {
    const WHO_MET: CursorScope = { list: 'whoMet', order: 'NEWEST_FIRST' };
    const counted = { ...POSITION, ordinal: 40 };

    expect(decodeCursor(encodeCursor(counted, WHO_MET), WHO_MET)).toEqual(counted);
    expect(decodeCursor(encodeCursor(POSITION, WHO_MET), WHO_MET)).not.toHaveProperty('ordinal');
  });

  it("refuse another list's cursor, naming the list it belongs to", () => {
    const error = refusal(() => decodeCursor(encodeCursor(POSITION, EVENTS), { list: 'agreements', order: 'NEWEST_FIRST' }));

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(error.message).toBe(
      'Argument "after" is a cursor of events, not of agreements; pass it to events, or start again without "after".',
    );
  });

  it('refuse a cursor of the other order, saying which order to ask with', () => {
    const error = refusal(() => decodeCursor(encodeCursor(POSITION, EVENTS), { list: 'events', order: 'OLDEST_FIRST' }));

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(error.message).toContain('ask with order: NEWEST_FIRST');
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['JSON of another shape', Buffer.from('{"sortKey":1}').toString('base64url')],
    [
      'a position without its list (an older cursor)',
      Buffer.from(JSON.stringify(['NEWEST_FIRST', -20220510, 'event:x'])).toString('base64url'),
    ],
    ['an ordinal that is no count', Buffer.from(JSON.stringify(['events', 'NEWEST_FIRST', 1, 'event:x', 0])).toString('base64url')],
    ['a sort key that is no whole number', Buffer.from(JSON.stringify(['events', 'NEWEST_FIRST', 1.5, 'event:x'])).toString('base64url')],
  ])('refuse %s as not given out by this API', (_what, text) => {
    const error = refusal(() => decodeCursor(text, EVENTS));

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(error.message).toContain('pass pageInfo.endCursor of the previous page');
  });

  it("end a page at its last item's position, whose cursor starts the next page", () => {
    const connection = pageConnection(
      { totalCount: 5, hasNextPage: true, lastPosition: POSITION },
      [{ position: POSITION, node: 'a node' }],
      EVENTS,
    );

    expect(connection.edges[0]!.cursor).toBe(connection.pageInfo.endCursor);
    expect(decodeCursor(connection.pageInfo.endCursor, EVENTS)).toEqual(POSITION);
  });
});
