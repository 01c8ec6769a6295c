import { describe, expect, it } from '@jest/globals';
import { walkAllItems } from '../../../../src/graph/read/walk-or-expand.ts';

describe('choosing how to read the first items of an entity', () => {
  it('walks all items for an entity in a large share of them', () => {
    // Kazakhstan in 10,000 of 30,000 articles: a walk of about 15 articles for 5 sources.
    expect(walkAllItems(10_000, 5, 30_000)).toBe(true);
  });

  it('reads its own items for an entity in few of them', () => {
    expect(walkAllItems(40, 5, 30_000)).toBe(false);
    expect(walkAllItems(0, 5, 0)).toBe(false);
  });

  it('turns at degree squared = 3 x page x all', () => {
    expect(walkAllItems(30, 5, 60)).toBe(false);
    expect(walkAllItems(31, 5, 60)).toBe(true);
  });
});
