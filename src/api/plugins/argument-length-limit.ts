import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isListType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLInputType,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_ARGUMENT_CHARACTERS } from '../../config/config.ts';

/** Input fields that carry whole articles; the request body limit bounds them instead. */
const LONG_TEXT_FIELDS = new Set(['IngestArticleInput.text']);

function tooLong(coordinate: string, length: number): GraphQLError {
  return new GraphQLError(
    `${coordinate} is ${length.toLocaleString('en')} characters long; at most ${MAX_ARGUMENT_CHARACTERS.toLocaleString('en')} are accepted. Send a shorter value: ids, names and cursors are far shorter.`,
    { extensions: { code: 'BAD_USER_INPUT', field: coordinate, http: { status: 400 } } },
  );
}

/** The first string within `value` (of GraphQL input type `type`) that is longer than allowed. */
function firstTooLong(value: unknown, type: GraphQLInputType, coordinate: string): GraphQLError | undefined {
  if (value === null || value === undefined) return undefined;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return firstTooLong(value, nullable.ofType, coordinate);
    for (const item of value) {
      const error = firstTooLong(item, nullable.ofType, coordinate);
      if (error) return error;
    }
    return undefined;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return undefined;
    for (const field of Object.values(nullable.getFields())) {
      const error = firstTooLong((value as Record<string, unknown>)[field.name], field.type, `${nullable.name}.${field.name}`);
      if (error) return error;
    }
    return undefined;
  }
  if (typeof value === 'string' && value.length > MAX_ARGUMENT_CHARACTERS && !LONG_TEXT_FIELDS.has(coordinate)) {
    return tooLong(coordinate, value.length);
  }
  return undefined;
}

/** The first argument of the document, literal or variable, with a string over the limit. */
export function oversizedArgument(args: Pick<ExecutionArgs, 'schema' | 'document' | 'variableValues'>): GraphQLError | undefined {
  const typeInfo = new TypeInfo(args.schema);
  let found: GraphQLError | undefined;
  visit(
    args.document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const definition = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        if (found || !definition) return;
        const value = valueFromAST(node.value, definition.type, args.variableValues ?? undefined);
        const owner = field ? `${getNamedType(typeInfo.getParentType() ?? undefined)?.name ?? ''}.${field.name}` : '';
        found = firstTooLong(value, definition.type, `${owner}(${definition.name}:)`);
      },
    }),
  );
  return found;
}

/** Whether any string in plain JSON values is over the limit (the cheap check of variables). */
function holdsLongString(value: unknown): boolean {
  if (typeof value === 'string') return value.length > MAX_ARGUMENT_CHARACTERS;
  if (Array.isArray(value)) return value.some(holdsLongString);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsLongString);
  return false;
}

/**
 * Refuses any string argument, literal or variable, longer than MAX_ARGUMENT_CHARACTERS before anything
 * runs: a lookup with a 10 MB key used to scan Neo4j's name index for 5 s and echo the key back. Whole
 * articles (ingestArticle's text) are bounded by the request body limit instead.
 */
export function argumentLengthLimitPlugin(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      // Most requests are short documents with short variables: nothing in them can be too long, and the
      // typed walk below costs about a tenth of a small query's CPU, so it runs only when it could find something.
      const source = (args.document as DocumentNode).loc?.source.body;
      if (source !== undefined && source.length <= MAX_ARGUMENT_CHARACTERS && !holdsLongString(args.variableValues)) return;
      const error = oversizedArgument(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
