/**
 * How to read the first items of an entity's list (sources, events), newest first: walk all items on the
 * index of their order key until enough are the entity's, or read the entity's own and keep the newest.
 * A walked item costs about 11 db hits (its relationships checked), an item of the entity's own about 3.6
 * (PROFILE on generated corpora of 600 and 1,200 articles: test/integration/graph/bounded-entity-lists),
 * and a walk reads about first x all / degree items; so walking wins when degree^2 > 3 x first x all.
 */
const WALK_FACTOR = 3;

export function walkAllItems(degree: number, first: number, all: number): boolean {
  return degree * degree > WALK_FACTOR * first * all;
}

/** The smallest degree for which walking `all` items wins: counting further never changes the choice. */
export function degreeThatWalks(first: number, all: number): number {
  return Math.floor(Math.sqrt(WALK_FACTOR * first * all)) + 1;
}
