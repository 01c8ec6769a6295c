import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { crossScriptKey } from '../../knowledge/name-key.ts';

/**
 * Every name and surname of the knowledge base's persons by its cross-script key, for keys the exact
 * name index does not know: "Tokaiev", "Toqayev" and "Тоқаев" all reach Kassym-Jomart Tokayev. Built
 * once per knowledge base. A key that several persons share names none of them.
 */
const byKnowledgeBase = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();

function keyIndex(knowledge: KnowledgeBase): Map<string, Set<string>> {
  const cached = byKnowledgeBase.get(knowledge);
  if (cached !== undefined) return cached;
  const index = new Map<string, Set<string>>();
  for (const person of knowledge.persons) {
    const spellings = [person.name, ...Object.values(person.names).flat(), ...Object.values(person.surnames ?? {}).flat()];
    for (const spelling of spellings) {
      const key = crossScriptKey(spelling);
      if (key.length === 0) continue;
      index.set(key, (index.get(key) ?? new Set()).add(person.id));
    }
  }
  byKnowledgeBase.set(knowledge, index);
  return index;
}

/** The one person of the base whose name or surname has the key of `text`, if exactly one has. */
export function personByCrossScriptKey(knowledge: KnowledgeBase, text: string): string | undefined {
  const ids = keyIndex(knowledge).get(crossScriptKey(text));
  return ids?.size === 1 ? [...ids][0] : undefined;
}
