/**
 * A person-like check of Neo4j Browser in headless Chromium: does Browser load, connect, draw the graph,
 * and apply Diplograph's style (data/browser/style.grass, fetched from the API on connect)? It is a one-off
 * check whose result goes into a note, not a CI test: it needs a running `npm start` and a Chromium.
 *
 *   npx node scripts/check-browser.ts [--out DIR] [--explore FILE] [--chromium PATH]
 *
 * --out       folder for the screenshots (default /tmp)
 * --explore   a file of cypher/explore/ to run after the who-met-whom graph (default who-met-person.cypher);
 *             its ":param name => 'value'" comment lines are run first, with the values they show
 * --chromium  the Chromium binary (default /usr/bin/chromium; Debian's package `chromium`)
 *
 * Ports, user and password come from the same settings as `npm start` (environment and .env):
 * LOCAL_NEO4J_HTTP_PORT, LOCAL_NEO4J_BOLT_PORT, NEO4J_USERNAME, NEO4J_PASSWORD. Browser is opened at
 * http://localhost:<http port>/browser/ and connects to bolt://localhost:<bolt port>.
 *
 * Steps: open Browser, connect with the form, run
 * `MATCH p=(:Person)-[:ATTENDED]->(:Event)<-[:ATTENDED]-(:Person) RETURN p LIMIT 25`, wait for the graph,
 * screenshot; then the explore query, screenshot. For every drawn node it reads the caption and the fill
 * colour, asks Neo4j (over Bolt) which labels a node with that caption as its name has, and compares the
 * colour with the one the style gives that label. Prints a report; exits 1 when Browser did not connect,
 * drew no graph, or the style was not applied. Last, a control: `:style reset` and the first query again,
 * which should fail the colour check (Browser's default palette), showing that the check can tell.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { chromium, type Page } from 'playwright-core';
import { loadConfig } from '../src/config/load-config.ts';
import { PROJECT_ROOT } from '../src/config/project-root.ts';
import { readBrowserStyle } from '../src/graph/browser-style.ts';
import { runningServerPassword } from '../src/graph/local-neo4j/local-password.ts';

const WHO_MET_WHOM = 'MATCH p=(:Person)-[:ATTENDED]->(:Event)<-[:ATTENDED]-(:Person) RETURN p LIMIT 25';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp' },
    explore: { type: 'string', default: 'who-met-person.cypher' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});

const config = loadConfig(PROJECT_ROOT);
if (config.neo4j.kind !== 'local') {
  process.stderr.write(
    'check-browser: NEO4J_URI is set; this check opens the Browser of the local server `npm start` runs. Unset NEO4J_URI.\n',
  );
  process.exit(2);
}
const { httpPort, boltPort, username } = config.neo4j;
const password: string =
  runningServerPassword({ home: config.neo4j.home, configured: config.neo4j.password }) ??
  (() => {
    process.stderr.write(`check-browser: no password for the local Neo4j in ${config.neo4j.home}: start it first with \`npm start\`.\n`);
    return process.exit(2);
  })();
const outDir = values.out;
mkdirSync(outDir, { recursive: true });

/** The colour the style gives each label, e.g. Person -> #F79767. */
function styleColours(): Map<string, string> {
  const colours = new Map<string, string>();
  for (const match of readBrowserStyle().matchAll(/node\.(\w+)\s*\{([^}]*)\}/g)) {
    const colour = /(?:^|[\s;])color:\s*(#[0-9A-Fa-f]{6})/.exec(match[2]!);
    if (colour) colours.set(match[1]!, colour[1]!.toUpperCase());
  }
  return colours;
}

/** Runs a command in Browser's main editor. insertText avoids the editor's auto-closing brackets. */
async function run(page: Page, command: string): Promise<void> {
  const editor = page.locator('[data-testid="activeEditor"]');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(command);
  await page.locator('[data-testid="editor-Run"]').click();
}

interface DrawnNode {
  caption: string;
  fill: string;
}

/** Caption and fill of every node of the newest frame's graph view. */
async function drawnNodes(page: Page): Promise<DrawnNode[]> {
  const frame = page.locator('[data-testid="frame"]').first();
  await frame.locator('svg g.node').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(2_500); // let the force layout settle before the screenshot
  return frame.locator('svg g.node').evaluateAll((nodes) =>
    nodes.map((node) => ({
      caption: Array.from(node.querySelectorAll('text'))
        .map((text) => text.textContent)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
      // Browser draws a node as a ring (selection), an outline circle that carries the fill, and captions.
      fill: (node.querySelector('circle.b-outline')?.getAttribute('fill') ?? '').toUpperCase(),
    })),
  );
}

/** The labels of the nodes whose name starts with a caption (Browser shortens long captions). */
async function labelsByCaption(captions: string[]): Promise<Map<string, string[]>> {
  const driver = neo4j.driver(`bolt://localhost:${boltPort}`, neo4j.auth.basic(username, password));
  try {
    const result = await driver.executeQuery(
      'UNWIND $captions AS caption MATCH (n) WHERE n.name STARTS WITH replace(caption, "…", "") RETURN caption, labels(n) AS labels LIMIT 1000',
      { captions },
    );
    return new Map(result.records.map((record) => [record.get('caption') as string, record.get('labels') as string[]]));
  } finally {
    await driver.close();
  }
}

interface StyleVerdict {
  styled: number;
  unstyled: string[];
}

async function judgeStyle(nodes: DrawnNode[], colours: Map<string, string>): Promise<StyleVerdict> {
  const labels = await labelsByCaption(nodes.map((node) => node.caption));
  const verdict: StyleVerdict = { styled: 0, unstyled: [] };
  for (const node of nodes) {
    const kinds = (labels.get(node.caption) ?? []).filter((label) => label !== 'GraphNode');
    const expected = kinds.map((label) => colours.get(label)).find((colour) => colour !== undefined);
    if (expected !== undefined && expected === node.fill) verdict.styled += 1;
    else
      verdict.unstyled.push(
        `"${node.caption}" (${kinds.join(':') || 'no node with that name'}) drawn ${node.fill}, style says ${expected ?? 'nothing'}`,
      );
  }
  return verdict;
}

function exploreQuery(file: string): { params: string[]; query: string } {
  const text = readFileSync(path.join(PROJECT_ROOT, 'cypher', 'explore', file), 'utf8');
  const params = [...text.matchAll(/:param (\w+) => ('[^']*'|\d+)/g)].map((match) => `:param ${match[1]} => ${match[2]}`);
  const query = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { params, query };
}

const report: string[] = [];
let failed = false;
const browser = await chromium.launch({ executablePath: values.chromium, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const url = `http://localhost:${httpPort}/browser/`;
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('[data-testid="boltaddress"]').waitFor({ timeout: 30_000 });
  report.push(`Browser loaded at ${url}`);
  await page.screenshot({ path: path.join(outDir, 'browser-1-connect-form.png') });

  await page.locator('[data-testid="bolt-scheme-select"]').selectOption('bolt://');
  await page.locator('[data-testid="boltaddress"]').fill(`localhost:${boltPort}`);
  await page.locator('[data-testid="username"]').fill(username);
  await page.locator('[data-testid="password"]').fill(password);
  await page.locator('[data-testid="connect"]').click();
  try {
    await page.locator('[data-testid="disconnectedBanner"]').waitFor({ state: 'detached', timeout: 30_000 });
    report.push(`connected to bolt://localhost:${boltPort} as ${username}`);
  } catch {
    failed = true;
    report.push('did NOT connect within 30 s');
  }
  await page.waitForTimeout(3_000); // the post-connect command (:style <url>) runs right after connecting
  await page.screenshot({ path: path.join(outDir, 'browser-2-connected.png') });

  const colours = styleColours();
  const checks: Array<{ name: string; commands: string[]; query: string; screenshot: string }> = [
    { name: 'who met whom', commands: [], query: WHO_MET_WHOM, screenshot: 'browser-3-who-met-whom.png' },
    {
      name: `cypher/explore/${values.explore}`,
      ...(({ params, query }) => ({ commands: params, query }))(exploreQuery(values.explore)),
      screenshot: 'browser-4-explore.png',
    },
  ];
  for (const check of checks) {
    for (const command of check.commands) {
      await run(page, command);
      await page.waitForTimeout(1_000);
    }
    await run(page, check.query);
    try {
      const nodes = await drawnNodes(page);
      await page.screenshot({ path: path.join(outDir, check.screenshot) });
      const verdict = await judgeStyle(nodes, colours);
      report.push(`${check.name}: ${nodes.length} nodes drawn; captions: ${[...new Set(nodes.map((node) => node.caption))].join(', ')}`);
      report.push(`${check.name}: ${verdict.styled}/${nodes.length} nodes in the Diplograph colour of their label`);
      for (const problem of verdict.unstyled) report.push(`  not styled: ${problem}`);
      if (verdict.unstyled.length > 0) failed = true;
    } catch (error) {
      failed = true;
      await page.screenshot({ path: path.join(outDir, check.screenshot) });
      report.push(`${check.name}: no graph drawn (${(error as Error).message.split('\n')[0]})`);
    }
  }

  // Control: with Browser's own style the same graph must fail the colour check, or the check proves nothing.
  await run(page, ':style reset');
  await page.waitForTimeout(1_000);
  await run(page, WHO_MET_WHOM);
  try {
    const nodes = await drawnNodes(page);
    await page.screenshot({ path: path.join(outDir, 'browser-5-control-default-style.png') });
    const verdict = await judgeStyle(nodes, colours);
    report.push(
      `control after ":style reset": ${verdict.styled}/${nodes.length} nodes in the Diplograph colour (colours: ${[...new Set(nodes.map((node) => node.fill))].join(', ')})`,
    );
    if (verdict.unstyled.length === 0)
      report.push('  the control looks styled too, so the colour check cannot tell styled from unstyled here');
  } catch (error) {
    report.push(`control: no graph drawn (${(error as Error).message.split('\n')[0]})`);
  }
} finally {
  await browser.close();
}
process.stdout.write(
  `${report.join('\n')}\nscreenshots in ${outDir}: browser-1-connect-form.png ... browser-5-control-default-style.png\n`,
);
process.exitCode = failed ? 1 : 0;
