/**
 * A person-like check of GraphiQL in headless Chromium with the internet cut off: does the page load
 * with nothing but the service, does the editor render with our example operations, and does running
 * one answer with data? A one-off check whose result goes into a note, not a CI test: it needs a running
 * `npm start` and a Chromium (Debian's package `chromium`).
 *
 *   npx node scripts/check-graphiql.ts [--url http://localhost:4000/graphql] [--out DIR] [--chromium PATH]
 *
 * Every request the page makes to a host other than the service's is refused and counted. Exits 1 when
 * the editor did not render, an operation gave no data, or the page asked another host for anything.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4000/graphql' },
    out: { type: 'string', default: '/tmp' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const service = new URL(values.url);
const refused: string[] = [];
const report: string[] = [];
let failed = false;
const browser = await chromium.launch({ executablePath: values.chromium, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // No internet: only the service answers.
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'blob:' || url.protocol === 'data:' || url.host === service.host) return route.continue();
    refused.push(url.href);
    return route.abort();
  });
  await page.goto(values.url, { waitUntil: 'load' });
  await page.locator('.graphiql-container').first().waitFor({ timeout: 60_000 });
  await page.locator('.graphiql-query-editor .monaco-editor, .graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 60_000 });
  const editorText = await page.locator('.graphiql-query-editor .view-lines, .graphiql-query-editor .CodeMirror-code').first().innerText();
  report.push(`editor rendered with ${editorText.split('\n').length} lines; starts: ${JSON.stringify(editorText.slice(0, 60))}`);
  await page.locator('button.graphiql-execute-button').click();
  // Several operations in the editor: GraphiQL asks which one; the first is taken.
  const choice = page.locator('.graphiql-execute-button + * li, [role="menuitem"]').first();
  if (await choice.isVisible().catch(() => false)) await choice.click();
  const response = page.locator('.graphiql-response');
  await response.getByText('"data"').first().waitFor({ timeout: 60_000 });
  report.push(`an example ran: ${JSON.stringify((await response.innerText()).replace(/\s+/g, ' ').slice(0, 120))}`);
  await page.screenshot({ path: path.join(values.out, 'graphiql-offline.png') });
  report.push(`screenshot: ${path.join(values.out, 'graphiql-offline.png')}`);
} catch (error) {
  failed = true;
  report.push(`FAILED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
} finally {
  await browser.close();
}
report.push(refused.length === 0 ? 'no request to another host' : `requests to other hosts (refused): ${refused.join(', ')}`);
if (refused.length > 0) failed = true;
process.stdout.write(`${report.join('\n')}\n${failed ? 'FAIL' : 'PASS'}\n`);
process.exit(failed ? 1 : 0);
