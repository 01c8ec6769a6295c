import { describe, expect, it } from '@jest/globals';
import { degreeThatWalks, walkAllItems } from '../../../../src/graph/read/walk-or-expand.ts';

describe('choosing how to read the first items of an entity', () => {
  it('walks all items for an entity in a large share of them', () => {
    // Kazakhstan in 10,000 of 30,000 articles: a walk of about 15 articles for 5 sources.
    expect(walkAllItems('articles', 10_000, 5, 30_000)).toBe(true);
  });

  it('reads its own items for an entity in few of them', () => {
    expect(walkAllItems('articles', 40, 5, 30_000)).toBe(false);
    expect(walkAllItems('events', 0, 5, 0)).toBe(false);
  });

  it('turns at degree squared = 3 x page x all for articles and events', () => {
    expect(walkAllItems('articles', 30, 5, 60)).toBe(false);
    expect(walkAllItems('articles', 31, 5, 60)).toBe(true);
    expect(walkAllItems('events', 31, 5, 60)).toBe(true);
  });

  it('walks agreements only for a larger share, a walked agreement costing about five own ones', () => {
    // Kazakhstan party to 116 of 651 agreements, a page of 6: its own cost 373 db hits, the walk 753.
    expect(walkAllItems('agreements', 116, 6, 651)).toBe(false);
    expect(walkAllItems('agreements', 38, 5, 60)).toBe(false);
    expect(walkAllItems('agreements', 39, 5, 60)).toBe(true);
  });

  it('names the smallest degree that walks, the turn of walkAllItems', () => {
    for (const list of ['articles', 'events', 'agreements'] as const) {
      const degree = degreeThatWalks(list, 5, 60);
      expect(walkAllItems(list, degree, 5, 60)).toBe(true);
      expect(walkAllItems(list, degree - 1, 5, 60)).toBe(false);
    }
  });
});
