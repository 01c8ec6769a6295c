import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../log/logger.ts';

/** The id of a request: the caller's X-Request-Id when it sends one (to follow a call across services), else a new one. */
export function requestIdOf(request: Request): string {
  const given = request.headers.get('x-request-id');
  return given && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
}

const requestIds = new WeakMap<Request, string>();

/** The id assigned to this request by the request log; the same one the response header carries. */
export function assignedRequestId(request: Request): string {
  let id = requestIds.get(request);
  if (!id) {
    id = requestIdOf(request);
    requestIds.set(request, id);
  }
  return id;
}

/**
 * One JSON log line per HTTP request (method, path, status, duration, request id) and the id echoed in
 * the X-Request-Id response header, so a client's report can be matched to the server's log.
 */
export function requestLogPlugin(logger: Logger): Plugin {
  // The path as yoga parsed the URL for routing: parsing it again for the log line cost every request.
  const started = new WeakMap<Request, { at: number; path: string }>();
  return {
    onRequest({ request, url }) {
      started.set(request, { at: performance.now(), path: url.pathname });
      assignedRequestId(request);
    },
    onResponse({ request, response }) {
      const requestId = assignedRequestId(request);
      response.headers.set('x-request-id', requestId);
      const start = started.get(request);
      const path = start?.path ?? new URL(request.url).pathname;
      const durationMs = Math.round((performance.now() - (start?.at ?? performance.now())) * 10) / 10;
      logger.info('request', { requestId, method: request.method, path, status: response.status, durationMs });
    },
  };
}
