import type { Plugin } from 'graphql-yoga';

/**
 * Answers `endpoint` with 200 when `isReady` resolves true, else 503 (with the error's message when it
 * throws), as graphql-yoga's useReadinessCheck does. Yoga's plugin also tests every request's URL against
 * a URLPattern of the endpoint's pathname after comparing the pathname itself, which can only agree with
 * that comparison: on a lookup it was about 0.6 % of the service's CPU (a CPU profile under load), paid by
 * every GraphQL request for nothing.
 */
export function readinessCheckPlugin(endpoint: string, isReady: () => Promise<boolean>): Plugin {
  return {
    // Not async: a promise from every request would send yoga down its slower asynchronous path.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- Yoga hands endResponse over as a callback to call on its own
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (!request.url.endsWith(endpoint) && url.pathname !== endpoint) return undefined;
      return isReady().then(
        (ready) => endResponse(new fetchAPI.Response(null, { status: ready ? 200 : 503 })),
        (error: unknown) =>
          endResponse(
            error instanceof Error
              ? new fetchAPI.Response(error.message, { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } })
              : new fetchAPI.Response(null, { status: 503 }),
          ),
      );
    },
  };
}
