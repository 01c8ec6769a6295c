import type { YogaServerOptions } from 'graphql-yoga';
import type { ApiAccess } from '../../config/config.ts';

type CorsOption = NonNullable<YogaServerOptions<Record<string, unknown>, Record<string, unknown>>['cors']>;

/**
 * Which web pages may read the API from a user's browser. Yoga's default answers every origin with that
 * origin and credentials allowed, so any site a user visits could read it with the user's network
 * position (an API on a private network, a key held in the browser). Closed by default: a page of
 * another origin gets no CORS headers, so the browser keeps the answer from it; API_CORS_ORIGINS names
 * the origins that may, credentials only with API_CORS_CREDENTIALS. Same-origin pages (GraphiQL) need
 * no CORS at all.
 */
export function crossOriginPolicy(access: Pick<ApiAccess, 'corsOrigins' | 'corsCredentials'>): CorsOption {
  const anyOrigin = access.corsOrigins.includes('*');
  const allowed = new Set(access.corsOrigins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !(anyOrigin || allowed.has(origin))) return false;
    return {
      // Yoga answers ['*'] by echoing the origin with Vary: Origin; without credentials that is the same as '*'.
      origin: anyOrigin ? ['*'] : [origin],
      credentials: !anyOrigin && access.corsCredentials,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', 'authorization', 'x-api-key', 'x-request-id'],
      maxAge: 600,
    };
  };
}
