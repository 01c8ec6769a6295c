import type { SearchHitRow } from '../../graph/read/rows.ts';
import { readSearch } from '../../graph/read/relationship-queries.ts';
import type { ApiContext } from '../context.ts';
import { personByCrossScriptKey } from './names-by-key.ts';
import { loadNodesById } from './node-lists.ts';

/**
 * Search hits for what was typed: as typed first; when no name matches, the person of the knowledge base
 * whose name has the same cross-script key ("Tokaiev" is Tokayev), then names within two edits per word.
 */
export async function searchWithFallbacks(context: ApiContext, text: string, first: number): Promise<SearchHitRow[]> {
  const exact = await readSearch(context.reader, text, first);
  if (exact.some((hit) => !hit.id.startsWith('article:'))) return exact;
  const byKey = personByCrossScriptKey(context.knowledge(), text);
  const fuzzy = await readSearch(context.reader, text, first, { fuzzy: true });
  const topScore = Math.max(0, ...fuzzy.map((hit) => hit.score), ...exact.map((hit) => hit.score));
  const hits = [
    ...(byKey === undefined ? [] : [{ id: byKey, score: topScore + 1 }]),
    ...fuzzy.filter((hit) => !hit.id.startsWith('article:')),
    ...exact,
  ];
  const seen = new Set<string>();
  const known = byKey === undefined ? new Set<string>() : new Set((await loadNodesById(context, [byKey])).keys());
  return hits
    .filter((hit) => {
      if ((hit.id === byKey && !known.has(hit.id)) || seen.has(hit.id)) return false;
      seen.add(hit.id);
      return true;
    })
    .slice(0, first);
}

/** The entity a misspelt key most likely meant, for a NOT_FOUND message: the best fuzzy name hit. */
export async function closestName(context: ApiContext, key: string): Promise<{ id: string; name: string } | undefined> {
  if (key.trim().length === 0 || key.length > 200) return undefined;
  const [best] = (await searchWithFallbacks(context, key, 5)).filter((hit) => !hit.id.startsWith('article:'));
  if (best === undefined) return undefined;
  const node = (await loadNodesById(context, [best.id])).get(best.id);
  return node === undefined ? undefined : { id: node.id, name: node.name };
}
