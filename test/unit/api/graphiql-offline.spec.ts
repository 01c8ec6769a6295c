import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { createApi, GRAPHIQL_EXAMPLES_FILE } from '../../../src/api/server.ts';
import { silentLogger } from '../../../src/log/logger.ts';

describe('GraphiQL', () => {
  // The page is served before any resolver runs: no database is needed.
  const api = createApi({ driver: {} as Driver, database: 'neo4j', logger: silentLogger });

  it('comes whole from the service, loading nothing from another host, with our examples', async () => {
    const response = await api.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    const page = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(page).toContain('<title>Diplograph</title>');
    // Scripts, styles and Monaco's workers are inside the page (yoga's default loads them from unpkg).
    expect([...page.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="(https?:)?\/\/[^"]*"/g)]).toEqual([]);
    expect(page).not.toMatch(/unpkg\.com|cdn\.jsdelivr\.net|fonts\.googleapis\.com/);
    const firstExampleLine = readFileSync(GRAPHIQL_EXAMPLES_FILE, 'utf8')
      .split('\n')
      .find((line) => line.trim().length > 0)!;
    expect(page).toContain(JSON.stringify(firstExampleLine).slice(1, -1).slice(0, 40));
  });
});
