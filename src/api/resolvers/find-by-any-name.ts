/**
 * An entity by any key a user may type, including every name the knowledge base knows for it, in any
 * script and spelling ("Tokaev", "Тоқаев", "Recep Tayyip Erdogan"), not only the spellings some loaded
 * article used. The graph is asked first (ids, ISO codes, acronyms, names and aliases it stores); only a
 * key it does not know is looked up in the knowledge base, whose id is then read from the graph.
 */
import { findEntity, type EntityLabel } from '../../graph/read/find-entity.ts';
import type { NodeRow } from '../../graph/read/rows.ts';
import type { ApiContext } from '../context.ts';
import { personByCrossScriptKey } from './names-by-key.ts';

const ID_PREFIX: Record<EntityLabel, string> = { Country: 'country:', Person: 'person:', Organization: 'org:', Place: 'place:' };

/** The one knowledge-base id a name means (its preferred reading when the base lists it as ambiguous), of the label asked for. */
function knowledgeBaseId(context: ApiContext, label: EntityLabel | undefined, key: string): string | undefined {
  const { ids, ambiguity } = context.knowledge().names.lookup(key);
  const prefixes = label === undefined ? Object.values(ID_PREFIX) : [ID_PREFIX[label]];
  const candidates = ids.filter((id) => prefixes.some((prefix) => id.startsWith(prefix)));
  if (candidates.length === 1) return candidates[0];
  const preferred = ambiguity?.preferredId;
  if (preferred !== undefined && candidates.includes(preferred)) return preferred;
  // A spelling the base does not list, in any script: "Tokaiev", "Toqayev".
  if (candidates.length === 0 && (label === undefined || label === 'Person')) return personByCrossScriptKey(context.knowledge(), key);
  return undefined;
}

export async function findByAnyName(
  context: ApiContext,
  label: EntityLabel | undefined,
  key: string,
  properties: readonly string[],
): Promise<NodeRow | undefined> {
  const stored = await findEntity(context.reader, label, key, properties);
  if (stored !== undefined) return stored;
  const id = knowledgeBaseId(context, label, key.trim());
  return id === undefined || id === key.trim() ? undefined : findEntity(context.reader, label, id, properties);
}
