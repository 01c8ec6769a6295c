import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Media types a GraphQL POST body may have (GraphQL over HTTP). */
const JSON_MEDIA_TYPES = new Set(['application/json', 'application/graphql-response+json']);

/**
 * Refuses POST bodies that are not JSON with 415. Yoga also parses form-encoded, multipart and
 * `application/graphql` bodies; a form or `text/plain` body is a "simple" cross-site request that a
 * browser sends from any page without asking the server first, so accepting it would let any page run
 * operations through a visitor's browser. A JSON body needs a preflight, which the CORS policy answers.
 */
export function jsonOnlyPostsPlugin(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method !== 'POST') return;
      const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (JSON_MEDIA_TYPES.has(mediaType)) return;
      throw new GraphQLError(
        `A POST body must be JSON, not ${mediaType === '' ? 'untyped' : `"${mediaType.slice(0, 60)}"`}: send Content-Type: application/json with {"query": ..., "variables": ...}, or use GET for queries.`,
        { extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } } },
      );
    },
  };
}
