import { describe, expect, it } from '@jest/globals';
import { matchOneToOne } from '../../../../src/extract/evaluation/match-one-to-one.ts';

interface Item {
  name: string;
  optional?: boolean;
}

const scoresFrom =
  (table: Record<string, number>) =>
  (gold: Item, extracted: string): number | undefined =>
    table[`${gold.name}-${extracted}`];

const pairNames = (pairs: Array<{ gold: Item; extracted: string }>) => pairs.map((pair) => `${pair.gold.name}-${pair.extracted}`);

describe('matching gold items to extracted ones', () => {
  it('pairs both gold items where the best-scored pair would leave one of them without a partner', () => {
    // A greedy pairing takes A-x (10) first, and B, whose only candidate is x, stays missed.
    const matching = matchOneToOne([{ name: 'A' }, { name: 'B' }], ['x', 'y'], scoresFrom({ 'A-x': 10, 'A-y': 5, 'B-x': 5 }));

    expect(pairNames(matching.pairs)).toEqual(['A-y', 'B-x']);
    expect(matching.counts).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('matches a required gold item before an optional one that scores higher', () => {
    const matching = matchOneToOne([{ name: 'O', optional: true }, { name: 'R' }], ['x'], scoresFrom({ 'O-x': 10, 'R-x': 1 }));

    expect(pairNames(matching.pairs)).toEqual(['R-x']);
    expect(matching.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('among matchings of the same size, takes the one of the highest total score', () => {
    const matching = matchOneToOne([{ name: 'A' }, { name: 'B' }], ['x', 'y'], scoresFrom({ 'A-x': 10, 'A-y': 1, 'B-x': 1, 'B-y': 10 }));

    expect(pairNames(matching.pairs)).toEqual(['A-x', 'B-y']);
  });

  it('counts an extracted item matched to an optional gold item as neither true nor false positive', () => {
    const matching = matchOneToOne(
      [
        { name: 'O', optional: true },
        { name: 'P', optional: true },
      ],
      ['x'],
      scoresFrom({ 'O-x': 1 }),
    );

    expect(matching.counts).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(matching.missed).toEqual([]);
    expect(matching.spurious).toEqual([]);
  });

  it('leaves every item unmatched when no pair may match', () => {
    const matching = matchOneToOne<Item, string>([{ name: 'A' }], ['x', 'y'], () => undefined);

    expect(matching.pairs).toEqual([]);
    expect(matching.missed).toEqual([{ name: 'A' }]);
    expect(matching.spurious).toEqual(['x', 'y']);
    expect(matching.counts).toEqual({ tp: 0, fp: 2, fn: 1 });
    expect(matchOneToOne([], [], () => 1).counts).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('takes fractional scores into account', () => {
    const matching = matchOneToOne([{ name: 'A' }], ['x', 'y'], scoresFrom({ 'A-x': 0.25, 'A-y': 0.5 }));

    expect(pairNames(matching.pairs)).toEqual(['A-y']);
  });
});
