import {
  getArgumentValues,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** The fields selected directly in a selection set, through fragments and inline fragments alike. */
function fieldsOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  if (selectionSet === undefined) return [];
  return selectionSet.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, fragments);
    return fieldsOf(fragments[selection.name.value]?.selectionSet, fragments);
  });
}

/**
 * The names of the fields a request selects below the resolved field, along `path` ("counterpart" gives
 * the fields asked of each counterpart), whatever type condition they sit under.
 */
export function selectedFieldNames(info: GraphQLResolveInfo, path: readonly string[]): string[] {
  const names = fieldsAlong(info, path)
    .flatMap((field) => fieldsOf(field.selectionSet, info.fragments))
    .map((field) => field.name.value);
  return [...new Set(names.filter((name) => !name.startsWith('__')))];
}

/** The selections of the field at the end of `path` below the resolved field (one per alias). */
function fieldsAlong(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const step of path)
    level = level.flatMap((field) => fieldsOf(field.selectionSet, info.fragments)).filter((field) => field.name.value === step);
  return level;
}

/**
 * The arguments, defaults and variables applied, of each selection of the field at the end of `path`
 * (`definition` is that field in the schema), for a resolver that reads what a nested field will show:
 * a field asked twice under aliases gives two; a field not asked for, none.
 */
export function selectedFieldArguments(
  info: GraphQLResolveInfo,
  path: readonly string[],
  definition: GraphQLField<unknown, unknown>,
): Array<Record<string, unknown>> {
  return fieldsAlong(info, path).map((field) => getArgumentValues(definition, field, info.variableValues));
}

/** Fields whose resolvers read other node properties as well as their own name. */
const ALSO_READS: Record<string, readonly string[]> = {
  date: ['dateText'],
  title: ['name'],
  publishedAt: ['publishedAtText'],
  kind: ['organizationKind'],
};

/**
 * The node properties the resolvers of these fields read, with id and name always (a field that is a
 * relationship, such as `place`, names no property and costs nothing: its resolver loads by id).
 */
export function nodePropertiesFor(fields: readonly string[]): string[] {
  return [...new Set(['id', 'name', ...selectedProperties(fields)])];
}

/**
 * The same, with only id always: for nodes that are never handed to the node loader, such as whoMet's
 * meetings, where a read that needs no name may need no node at all (who-met.ts).
 */
export function selectedPropertiesWithId(fields: readonly string[]): string[] {
  return [...new Set(['id', ...selectedProperties(fields)])];
}

function selectedProperties(fields: readonly string[]): string[] {
  return fields.flatMap((field) => [field, ...(ALSO_READS[field] ?? [])]);
}
