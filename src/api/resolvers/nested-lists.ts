import { boundedInt } from './api-errors.ts';

/** The most items a list inside a node (its sources, its events) gives at once. */
export const MAX_NESTED = 100;

/** How many items a nested list gives: `first` (20 when not given), or a BAD_USER_INPUT error when out of 0..MAX_NESTED. */
export function nestedFirst(first: number | null | undefined): number {
  return boundedInt('first', first, 20, 0, MAX_NESTED);
}

/** The first `first` items (20 when not given), or a BAD_USER_INPUT error when `first` is out of 0..MAX_NESTED. */
export function firstOf<Item>(items: readonly Item[], first: number | null | undefined): Item[] {
  return items.slice(0, nestedFirst(first));
}
