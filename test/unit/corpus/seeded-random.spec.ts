import { describe, expect, it } from '@jest/globals';
import { seededRandom } from '../../../src/corpus/seeded-random.ts';

const draws = (seed: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: 1000 }, () => random.next());
};

describe('seededRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    expect(draws(7)).toEqual(draws(7));
    expect(draws(8)).not.toEqual(draws(7));
  });

  it('stays in [0, 1) and spreads over the whole range', () => {
    const values = draws(1);

    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(values.filter((value) => value < 0.5).length).toBeGreaterThan(400);
    expect(values.filter((value) => value >= 0.5).length).toBeGreaterThan(400);
  });

  it('draws integers within both bounds, and samples without repeating an item', () => {
    const random = seededRandom(3);
    const integers = Array.from({ length: 500 }, () => random.int(2, 5));

    expect(new Set(integers)).toEqual(new Set([2, 3, 4, 5]));
    expect(random.sample(['a', 'b', 'c', 'd'], 4).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(random.sample(['a', 'b'], 5)).toHaveLength(2);
    expect(random.hex16()).toMatch(/^[0-9a-f]{16}$/);
  });
});
