import type { Plugin } from 'graphql-yoga';
import { BROWSER_STYLE_PATH, readBrowserStyle } from '../../graph/browser-style.ts';

/**
 * Serves the Neo4j Browser style at /browser-style.grass. Browser runs on another origin (the Neo4j
 * HTTP port), so the response allows any origin: it is a public stylesheet, nothing else.
 */
export function browserStylePlugin(): Plugin {
  const style = readBrowserStyle();
  const headers = {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, OPTIONS',
    'access-control-allow-headers': '*',
  };
  return {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- Yoga hands endResponse over as a callback to call on its own
    onRequest({ url, request, fetchAPI, endResponse }) {
      if (url.pathname !== BROWSER_STYLE_PATH) return;
      endResponse(
        request.method === 'OPTIONS'
          ? new fetchAPI.Response(null, { status: 204, headers })
          : new fetchAPI.Response(style, { status: 200, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } }),
      );
    },
  };
}
