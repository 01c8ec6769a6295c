import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type ExecutionArgs,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../log/logger.ts';

/**
 * Executes operations with graphql-jit: each operation is compiled once into a function instead of being
 * interpreted field by field on every request. Measured with `bench:api`'s who-met-whom page (20
 * counterparts, their meetings), it cut the service's CPU per answer by about a third.
 *
 * The cache is keyed by the operation's own AST node, the one `getOperationAST(document, operationName)`
 * picks, which is also what the API-key check and yoga's GET rule judge. Keying by the document alone (as
 * `@envelop/graphql-jit` does) ran whichever operation of a multi-operation document was compiled first:
 * a client with no key could name the harmless query and run a key holder's mutation. The nodes belong to
 * yoga's cached documents, so a WeakMap lets compiled operations go with them.
 */
export function compiledExecutionPlugin(logger: Logger): Plugin {
  const compiledByOperation = new WeakMap<OperationDefinitionNode, CompiledQuery>();

  function compiled(args: ExecutionArgs): CompiledQuery | ExecutionResult {
    const operationName = args.operationName ?? undefined;
    const operation = getOperationAST(args.document, operationName) ?? undefined;
    const cached = operation === undefined ? undefined : compiledByOperation.get(operation);
    if (cached !== undefined) return cached;
    const result = compileQuery(args.schema, args.document, operationName);
    if (!isCompiledQuery(result)) {
      logger.warn('operation could not be compiled for execution', { errors: (result.errors ?? []).map((error) => error.message) });
      return result;
    }
    if (operation !== undefined) compiledByOperation.set(operation, result);
    return result;
  }

  async function execute(args: ExecutionArgs): Promise<ExecutionResult> {
    const query = compiled(args);
    if (!isCompiledQuery(query)) return query;
    const result = await query.query(args.rootValue, args.contextValue, args.variableValues ?? {});
    if (!('data' in result) && result.errors !== undefined) return { errors: variableErrors(args, result.errors).map(variableError) };
    // Yoga serializes with the result's own stringify: jit's is generated for this operation's shape.
    return Object.assign(result, { stringify: query.stringify });
  }

  /**
   * An answer with errors and no data at all is one whose variables could not be coerced (missing,
   * wrong type, unknown enum value): nothing ran. graphql-jit gives those errors no code, so they
   * answered HTTP 200 with nothing to act on; they are the client's input, so BAD_USER_INPUT, with
   * GraphQL over HTTP's status for a request error.
   */
  /**
   * graphql-jit says only "Expected type Date" of a variable it cannot coerce; graphql-js's own coercion
   * gives the path inside the variable and the type's reason (the Date scalar's "as YYYY-MM-DD, such as
   * 2022-05-10", an enum's "Did you mean the enum value HELD?"), so its errors are shown when it has any.
   */
  function variableErrors(args: ExecutionArgs, jitErrors: readonly GraphQLError[]): readonly GraphQLError[] {
    const operation = getOperationAST(args.document, args.operationName ?? undefined);
    if (!operation) return jitErrors;
    const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {});
    return coerced.errors !== undefined && coerced.errors.length > 0 ? coerced.errors : jitErrors;
  }

  function variableError(error: GraphQLError): GraphQLError {
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      extensions: { ...error.extensions, code: 'BAD_USER_INPUT', http: { spec: true, status: 400 } },
    });
  }

  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(execute as Parameters<typeof setExecuteFn>[0]);
    },
  };
}
