import { getOperationAST, GraphQLError, OperationTypeNode, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The schema has no subscriptions yet: a subscription operation is a client mistake, answered 400 with
 * a code of its own instead of an execution error with status 200.
 */
export function noSubscriptionsPlugin(): Plugin {
  return {
    // Envelop sends subscription operations to subscribe, not execute.
    onSubscribe({ args, setResultAndStopExecution }) {
      if (
        getOperationAST(args.document as DocumentNode, args.operationName as string | undefined)?.operation !==
        OperationTypeNode.SUBSCRIPTION
      )
        return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError('This API has no subscriptions: send a query (or a mutation) instead, and poll for changes.', {
            extensions: { code: 'SUBSCRIPTIONS_NOT_SUPPORTED', http: { status: 400 } },
          }),
        ],
      });
    },
  };
}
