import { timingSafeEqual } from 'node:crypto';
import { getOperationAST, GraphQLError, OperationTypeNode, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ApiAccess } from '../../config/config.ts';

/** The key a request presents: "Authorization: Bearer <key>" or "X-Api-Key: <key>". */
export function presentedKey(request: Request): string | undefined {
  const authorization = request.headers.get('authorization');
  const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
  return bearer ?? request.headers.get('x-api-key') ?? undefined;
}

export function keyMatches(expected: string | undefined, presented: string | undefined): boolean {
  if (expected === undefined || presented === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** 401 with a Bearer challenge: the request may succeed with the right key. */
const keyNeeded = (kind: string) =>
  new GraphQLError(`This ${kind} needs the API key: send "Authorization: Bearer <API_KEY>".`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer realm="diplograph"' } } },
  });

/** 403: no key can help, the server has none. */
const disabled = () =>
  new GraphQLError('Mutations are disabled on this server: it has no API_KEY configured. Set API_KEY and restart it to allow them.', {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });

/**
 * Mutations need the API key; queries too when API_PUBLIC_QUERIES is false. The check runs before
 * execution, on the operation execution will run (compiled-execution.ts caches by that same operation),
 * so an unauthorized operation touches nothing.
 */
export function apiKeyAccessPlugin(access: ApiAccess): Plugin<{ authorized?: boolean }> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document as DocumentNode, args.operationName as string | undefined);
      const kind = operation?.operation ?? OperationTypeNode.QUERY;
      const needsKey = kind === OperationTypeNode.MUTATION || !access.publicQueries;
      if (!needsKey || args.contextValue.authorized) return;
      setResultAndStopExecution({ errors: [access.apiKey === undefined ? disabled() : keyNeeded(kind)] });
    },
  };
}
