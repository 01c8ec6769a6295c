import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { chromium, type Page } from 'playwright-core';
import { GRAPHIQL_EXAMPLES_FILE } from '../../src/api/server.ts';

/**
 * A person-like check of GraphiQL in headless Chromium with the internet cut off (issue 17 item 1): does
 * the page load with nothing but the service, does the editor render with the service's example
 * operations, and does each of them, picked from the run button's menu, answer as that operation asks?
 *
 * The operations are those of the editor's tab as the page opens (GraphiQL's `graphiql:tabState`), which
 * must be the service's configured default query (schema/examples/graphiql.graphql). For each one: the
 * run button, then its name in the menu; the request GraphiQL sends must name that operation, and its
 * answer must have no errors and, under `data`, exactly the top-level fields (or aliases) the operation
 * selects, none of them null; the response pane must show that answer. Every request the page makes to a
 * host other than the service's is refused and counted.
 *
 * Used by test/integration/end-to-end/graphiql-offline.spec.ts (in `npm test`) and by
 * scripts/check-graphiql.ts (against a running `npm start`, with screenshots).
 */

export interface GraphiqlCheckOptions {
  /** The service's GraphQL endpoint, where GraphiQL is served. */
  readonly url: string;
  readonly browser: HeadlessChromium;
  /** Where a screenshot per operation goes; none when undefined. */
  readonly screenshotsDir?: string;
}

export interface GraphiqlCheckResult {
  /** What was seen, one line per step. */
  readonly report: readonly string[];
  /** What went wrong, one line each; empty when GraphiQL works offline. */
  readonly failures: readonly string[];
  /** The operations of the editor, in order. */
  readonly operations: readonly string[];
  /** Addresses the page asked for on another host (all refused). */
  readonly refusedRequests: readonly string[];
}

export interface HeadlessChromium {
  readonly executablePath: string;
  readonly args: readonly string[];
}

const ANSWER_TIMEOUT_MS = 60_000;

/** The names under `data` an operation's answer has: its top-level fields' aliases or names. */
function responseKeys(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [(selection.alias ?? selection.name).value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return responseKeys(selection.selectionSet, fragments);
    const fragment = fragments.get(selection.name.value);
    return fragment ? responseKeys(fragment.selectionSet, fragments) : [];
  });
}

function operationsOf(document: DocumentNode): Array<{ name: string; keys: string[] }> {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return document.definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({
      name: operation.name?.value ?? '(anonymous)',
      keys: [...new Set(responseKeys(operation.selectionSet, fragments))].sort(),
    }));
}

/** The queries of the editor's tabs, as GraphiQL keeps them (it stores them a moment after rendering). */
async function tabQueries(page: Page): Promise<string[]> {
  const handle = await page
    .waitForFunction(() => localStorage.getItem('graphiql:tabState'), undefined, { timeout: ANSWER_TIMEOUT_MS, polling: 200 })
    .catch(() => undefined);
  const state = handle === undefined ? null : await handle.jsonValue();
  if (!state) throw new Error('GraphiQL keeps no tab state (localStorage "graphiql:tabState"): cannot read its operations');
  return (JSON.parse(state) as { tabs: Array<{ query: string | null }> }).tabs.map((tab) => tab.query ?? '');
}

/** The text of GraphiQL's response pane (its Monaco model), or undefined where Monaco is not reachable. */
async function responsePaneText(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const monaco = (
      window as unknown as { __MONACO?: { editor: { getModels(): Array<{ uri: { toString(): string }; getValue(): string }> } } }
    ).__MONACO;
    return monaco?.editor
      .getModels()
      .find((model) => model.uri.toString().endsWith('-response.json'))
      ?.getValue();
  });
}

/** Waits until the response pane shows the given answer (the same JSON). */
async function paneShows(page: Page, answer: unknown): Promise<boolean> {
  const expected = JSON.stringify(answer);
  const deadline = Date.now() + ANSWER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const text = await responsePaneText(page);
    if (text === undefined) {
      // No Monaco handle: the visible part of the pane must at least show an answer with data.
      return (await page.locator('.graphiql-response').innerText()).includes('"data"');
    }
    try {
      if (JSON.stringify(JSON.parse(text)) === expected) return true;
    } catch {
      // Not a whole answer yet.
    }
    await page.waitForTimeout(200);
  }
  return false;
}

export async function checkGraphiqlOffline(options: GraphiqlCheckOptions): Promise<GraphiqlCheckResult> {
  const service = new URL(options.url);
  const report: string[] = [];
  const failures: string[] = [];
  const refusedRequests: string[] = [];
  let operationNames: string[] = [];

  /** Runs one operation as a person would: the run button, then its name in the menu. */
  const runOperation = async (page: Page, operation: { name: string; keys: string[] }, menuNames: readonly string[]): Promise<void> => {
    const answered = page.waitForResponse(
      (response) => {
        const request = response.request();
        if (request.method() !== 'POST' || new URL(request.url()).host !== service.host) return false;
        try {
          return (request.postDataJSON() as { operationName?: string }).operationName === operation.name;
        } catch {
          return false;
        }
      },
      { timeout: ANSWER_TIMEOUT_MS },
    );
    await page.locator('button.graphiql-execute-button').click();
    if (menuNames.length > 1) await page.getByRole('menuitem', { name: operation.name, exact: true }).click();
    const response = await answered;
    const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };

    const problems: string[] = [];
    if (body.errors !== undefined) problems.push(`errors ${JSON.stringify(body.errors).slice(0, 200)}`);
    const keys = Object.keys(body.data ?? {}).sort();
    if (JSON.stringify(keys) !== JSON.stringify(operation.keys))
      problems.push(`data has [${keys.join(', ')}], the operation asks for [${operation.keys.join(', ')}]`);
    const empty = keys.filter((key) => body.data?.[key] === null);
    if (empty.length > 0) problems.push(`null: ${empty.join(', ')}`);
    if (!(await paneShows(page, body))) problems.push('the response pane does not show this answer');

    let screenshot = '';
    if (options.screenshotsDir !== undefined) {
      screenshot = path.join(options.screenshotsDir, `graphiql-${operation.name}.png`);
      await page.screenshot({ path: screenshot });
      screenshot = `; ${screenshot}`;
    }
    const size = JSON.stringify(body).length;
    if (problems.length > 0) failures.push(`${operation.name}: ${problems.join('; ')} (HTTP ${response.status()}${screenshot})`);
    else
      report.push(
        `${operation.name}: HTTP ${response.status()}, data.{${operation.keys.join(', ')}} as it asks, no errors, shown in the pane (${size} characters${screenshot})`,
      );
  };

  const browser = await chromium.launch({ executablePath: options.browser.executablePath, args: [...options.browser.args] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // No internet: only the service answers.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'blob:' || url.protocol === 'data:' || url.host === service.host) return route.continue();
      refusedRequests.push(url.href);
      return route.abort();
    });
    await page.goto(options.url, { waitUntil: 'load' });
    await page.locator('.graphiql-container').first().waitFor({ timeout: ANSWER_TIMEOUT_MS });
    await page
      .locator('.graphiql-query-editor .monaco-editor, .graphiql-query-editor .CodeMirror')
      .first()
      .waitFor({ timeout: ANSWER_TIMEOUT_MS });
    const editorText = await page
      .locator('.graphiql-query-editor .view-lines, .graphiql-query-editor .CodeMirror-code')
      .first()
      .innerText();
    report.push(`editor rendered; starts: ${JSON.stringify(editorText.slice(0, 60))}`);

    const tabs = await tabQueries(page);
    if (tabs.length !== 1)
      throw new Error(
        `GraphiQL opened ${tabs.length} tabs; this check runs the operations of one (the service configures one default query)`,
      );
    if (tabs[0] !== readFileSync(GRAPHIQL_EXAMPLES_FILE, 'utf8'))
      failures.push(`the editor does not hold the service's examples (${GRAPHIQL_EXAMPLES_FILE})`);
    const operations = operationsOf(parse(tabs[0]!));
    operationNames = operations.map((operation) => operation.name);
    report.push(`example operations: ${operationNames.join(', ')}`);

    // With several operations, the run button opens a menu of them: it must offer exactly these.
    let menuNames: string[] = [];
    if (operations.length > 1) {
      await page.locator('button.graphiql-execute-button').click();
      await page.getByRole('menuitem').first().waitFor({ timeout: ANSWER_TIMEOUT_MS });
      menuNames = await page.getByRole('menuitem').allInnerTexts();
      await page.keyboard.press('Escape');
      if (JSON.stringify(menuNames) !== JSON.stringify(operationNames)) failures.push(`the run menu offers [${menuNames.join(', ')}]`);
    }
    for (const operation of operations) {
      try {
        await runOperation(page, operation, menuNames);
      } catch (error) {
        failures.push(`${operation.name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
  } catch (error) {
    failures.push(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  } finally {
    await browser.close();
  }
  report.push(
    refusedRequests.length === 0 ? 'no request to another host' : `requests to other hosts (refused): ${refusedRequests.join(', ')}`,
  );
  return { report, failures, operations: operationNames, refusedRequests };
}
