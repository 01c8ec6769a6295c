import { describe, expect, it } from '@jest/globals';
import { pageOfRows } from '../../../src/api/resolvers/page-of-rows.ts';
import { dayNumber } from '../../../src/graph/read/list-queries.ts';
import type { PageCursor } from '../../../src/graph/read/list-queries.ts';

const meetings = [
  { id: 'event:undated', date: null },
  { id: 'event:b', date: '2022-05-10' },
  { id: 'event:a', date: '2022-05-10' },
  { id: 'event:first', date: '2021-02-04' },
  { id: 'event:last', date: '2024-05-21' },
];
const position = (meeting: { id: string; date: string | null }) => ({ sortKey: dayNumber(meeting.date), id: meeting.id });
const ids = (page: ReturnType<typeof pageOfRows<(typeof meetings)[number]>>) => page.items.map(({ row }) => row.id);

describe('pages of rows read whole', () => {
  it('turns dates into ascending day numbers, undated after every date', () => {
    expect(dayNumber('2022-05-10')).toBe(20220510);
    expect(dayNumber('2021-12-31')).toBeLessThan(dayNumber('2022-01-01'));
    expect(dayNumber(null)).toBeGreaterThan(dayNumber('9999-12-31'));
  });

  it('orders rows by position, ties by id, whatever order they came in', () => {
    const page = pageOfRows(meetings, position, 10, null);

    expect(ids(page)).toEqual(['event:first', 'event:a', 'event:b', 'event:last', 'event:undated']);
    expect(page).toMatchObject({ totalCount: 5, hasNextPage: false });
  });

  it('walks every row once, page after page, each starting after the last position of the one before', () => {
    const seen: string[] = [];
    let after: PageCursor | null = null;
    let pages = 0;
    do {
      const page: ReturnType<typeof pageOfRows<(typeof meetings)[number]>> = pageOfRows(meetings, position, 2, after);
      seen.push(...ids(page));
      after = page.hasNextPage ? page.items.at(-1)!.position : null;
      pages += 1;
    } while (after !== null);

    expect(pages).toBe(3);
    expect(seen).toEqual(['event:first', 'event:a', 'event:b', 'event:last', 'event:undated']);
  });

  it('starts after a position whose row is gone, at the next one in order', () => {
    const page = pageOfRows(meetings, position, 2, { sortKey: 20220510, id: 'event:a-removed' });

    expect(ids(page)).toEqual(['event:b', 'event:last']);
    expect(page.totalCount).toBe(5);
  });
});
