import type { NodeRow } from '../../graph/read/rows.ts';
import type { ApiContext } from '../context.ts';

/** Loads nodes by id through the request's loader, dropping ids that no longer resolve. */
export async function loadNodes(context: ApiContext, ids: readonly string[]): Promise<NodeRow[]> {
  const rows = await context.loaders.node.loadMany(ids);
  return rows.filter((row): row is NodeRow => row !== null && !(row instanceof Error));
}

/** loadNodes, by id: the ones that resolve. */
export async function loadNodesById(context: ApiContext, ids: readonly string[]): Promise<Map<string, NodeRow>> {
  return new Map((await loadNodes(context, ids)).map((node) => [node.id, node]));
}

export async function loadNode(context: ApiContext, id: string | null | undefined): Promise<NodeRow | null> {
  return id ? context.loaders.node.load(id) : null;
}
