/**
 * How to read the first items of an entity's list (sources, events, agreements), in an order: walk all
 * items on the index of their order key until enough are the entity's, or read the entity's own and keep
 * the first. A walk reads about first x all / degree items, the entity's own read reads degree items; so
 * walking wins when degree^2 > (cost of a walked item / cost of an own item) x first x all.
 */

/**
 * A walked item's cost over an own item's, per list, from PROFILE on generated corpora (600 and 1,200
 * articles: test/integration/graph/bounded-entity-lists and bounded-relationship-lists). An article or
 * an event: about 11 db hits walked (its relationships checked), 3.6 of the entity's own. An agreement:
 * 6 to 23 walked (median about 17), 3.2 to 4 of its own, in both orders and for five parties; with the
 * ratio of articles, Kazakhstan's timeline walked its agreements for 753 db hits where reading its own
 * cost 373.
 */
export const WALKED_ITEM_COST_RATIO = {
  articles: 3,
  events: 3,
  agreements: 5,
} as const;

export type WalkedList = keyof typeof WALKED_ITEM_COST_RATIO;

export function walkAllItems(list: WalkedList, degree: number, first: number, all: number): boolean {
  return degree * degree > WALKED_ITEM_COST_RATIO[list] * first * all;
}

/** The smallest degree for which walking `all` items wins: counting further never changes the choice. */
export function degreeThatWalks(list: WalkedList, first: number, all: number): number {
  return Math.floor(Math.sqrt(WALKED_ITEM_COST_RATIO[list] * first * all)) + 1;
}
