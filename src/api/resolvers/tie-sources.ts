import type { SourceRow } from '../../graph/read/rows.ts';
import type { ApiContext } from '../context.ts';
import { nestedFirst } from './nested-lists.ts';

/**
 * The first `first` sources of a tie between facts (an office, a membership, a path step), read by the
 * tie's key a page at a time and batched with the other ties of the level: a tie thousands of articles
 * state costs its page. A tie no article states (reference data, MENTIONS) has none.
 */
export async function tieSources(fact: string | null, first: number | null | undefined, context: ApiContext): Promise<SourceRow[]> {
  const size = nestedFirst(first);
  return fact === null || size === 0 ? [] : context.loaders.tieSources(size).load(fact);
}
