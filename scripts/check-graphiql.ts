/**
 * GraphiQL, checked as a person would in headless Chromium with the internet cut off, against a running
 * `npm start` (test/support/graphiql-check.ts has the steps; `npm test` runs the same check against the
 * sample articles in test/integration/end-to-end/graphiql-offline.spec.ts). This script adds a
 * screenshot per operation, for a note or a bug report.
 *
 *   node scripts/check-graphiql.ts [--url http://localhost:4000/graphql] [--out DIR] [--chromium PATH]
 *
 * --chromium (or CHROMIUM_PATH) picks a Chromium; by default the one @sparticuz/chromium carries. Exits 1
 * when the editor did not render, an operation did not answer as it asks, or the page asked another host
 * for anything.
 */
import { parseArgs } from 'node:util';
import { checkGraphiqlOffline } from '../test/support/graphiql-check.ts';
import { headlessChromium } from '../test/support/headless-chromium.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4000/graphql' },
    out: { type: 'string', default: '/tmp' },
    chromium: { type: 'string' },
  },
});
if (values.chromium !== undefined) process.env.CHROMIUM_PATH = values.chromium;

const result = await checkGraphiqlOffline({ url: values.url, browser: await headlessChromium(), screenshotsDir: values.out });
const lines = [...result.report, ...result.failures.map((failure) => `FAILED: ${failure}`)];
const failed = result.failures.length > 0 || result.refusedRequests.length > 0;
process.stdout.write(`${lines.join('\n')}\n${failed ? 'FAIL' : 'PASS'}\n`);
process.exit(failed ? 1 : 0);
