/**
 * Arguments that name a node: by id (`id: ID`) or, for an entity, by key (`key: String`: any name, code or
 * acronym), never one argument taking both. The SDL's NodeRef is @oneOf; graphql-jit, which runs the
 * operations, does not enforce that, so these checks do, with a message saying what to send.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityLabel } from '../../graph/read/find-entity.ts';
import type { NodeRow } from '../../graph/read/rows.ts';
import type { ApiContext } from '../context.ts';
import { apiError, quotedInput } from './api-errors.ts';
import { findByAnyName } from './find-by-any-name.ts';
import { loadNode } from './node-lists.ts';
import { closestName } from './search-with-fallbacks.ts';
import { nodePropertiesFor, selectedFieldNames } from './selected-fields.ts';

export interface NodeRefInput {
  id?: string | null;
  key?: string | null;
}
export type CheckedRef = { id: string; key?: undefined } | { id?: undefined; key: string };

/** The shape every node id has (country:kz, event:2022-05-10-1a2b…): a key of that shape was meant as an id. */
const ID_SHAPE = /^[a-z]+:[a-z0-9][a-z0-9._-]*$/;

/** Exactly one of id and key, and a key that is a name, not an id. */
export function checkedRef(ref: NodeRefInput, argument: string): CheckedRef {
  const hasId = ref.id !== null && ref.id !== undefined;
  const hasKey = ref.key !== null && ref.key !== undefined;
  if (hasId === hasKey) {
    throw apiError(
      'BAD_USER_INPUT',
      `Give "${argument}" exactly one of id (such as "country:kz") or key (a name, code or acronym, such as "KZ"); got ${hasId ? 'both' : 'neither'}.`,
      argument,
    );
  }
  if (hasId) return { id: ref.id! };
  if (ID_SHAPE.test(ref.key!.trim())) {
    throw apiError(
      'BAD_USER_INPUT',
      `${quotedInput(ref.key!)} is an id, not a name: pass it as id (argument "${argument}"), or give a name as key.`,
      argument,
    );
  }
  return { key: ref.key! };
}

async function notFound(context: ApiContext, ref: CheckedRef, argument: string): Promise<never> {
  if (ref.id !== undefined) {
    throw apiError(
      'NOT_FOUND',
      `Nothing has the id ${quotedInput(ref.id)} (argument "${argument}"). Look ids up with search(text:), or give a name as key.`,
      argument,
    );
  }
  const suggestion = await closestName(context, ref.key);
  throw apiError(
    'NOT_FOUND',
    `Nothing has the name ${quotedInput(ref.key)} (argument "${argument}").${suggestion === undefined ? '' : ` Did you mean ${JSON.stringify(suggestion.name)} (${suggestion.id})?`} Look names up with search(text:).`,
    argument,
  );
}

/** The id a key names, or NOT_FOUND with the closest name. */
export async function requireKeyId(context: ApiContext, ref: CheckedRef, argument: string): Promise<string> {
  if (ref.id !== undefined) return ref.id;
  const row = await findByAnyName(context, undefined, ref.key, ['id']);
  return row?.id ?? notFound(context, ref, argument);
}

/** The id a ref names, of a node that is in the graph, or NOT_FOUND. */
export async function requireNodeId(context: ApiContext, ref: CheckedRef, argument: string): Promise<string> {
  if (ref.id === undefined) return requireKeyId(context, ref, argument);
  return (await loadNode(context, ref.id))?.id ?? notFound(context, ref, argument);
}

/**
 * Asks with the parties' ids, a key looked up first. Only an empty answer needs more: an id that names
 * nothing is NOT_FOUND rather than an empty answer.
 */
export async function askByRefs<Answer>(
  context: ApiContext,
  parties: ReadonlyArray<{ ref: CheckedRef; argument: string }>,
  ask: (ids: string[]) => Promise<Answer>,
  isEmpty: (answer: Answer) => boolean,
): Promise<Answer> {
  const ids = await Promise.all(parties.map(({ ref, argument }) => requireKeyId(context, ref, argument)));
  const answer = await ask(ids);
  if (isEmpty(answer))
    await Promise.all(parties.filter(({ ref }) => ref.id !== undefined).map(({ ref, argument }) => requireNodeId(context, ref, argument)));
  return answer;
}

export async function nodeOfLabel(context: ApiContext, id: string, label: string): Promise<NodeRow | null> {
  const row = await loadNode(context, id);
  return row?.label === label ? row : null;
}

/** An entity of the label by id or by key, read (by key) with only the properties `properties` names; null when none. */
export async function entityByRef(
  context: ApiContext,
  label: EntityLabel,
  ref: CheckedRef,
  properties: readonly string[],
): Promise<NodeRow | null> {
  if (ref.id !== undefined) return nodeOfLabel(context, ref.id, label);
  return (await findByAnyName(context, label, ref.key, properties)) ?? null;
}

/** A lookup field (country, person, organization, place): by id or by key, the selection's properties only. */
export function lookup(label: EntityLabel) {
  return (_parent: unknown, args: NodeRefInput, context: ApiContext, info: GraphQLResolveInfo) =>
    entityByRef(context, label, checkedRef(args, label.toLowerCase()), nodePropertiesFor(selectedFieldNames(info, [])));
}
