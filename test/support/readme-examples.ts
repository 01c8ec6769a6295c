import { readFileSync } from 'node:fs';

/**
 * The GraphQL examples of a README and the answers it shows for them, and the comparison of a shown
 * answer with a real one.
 *
 * An example is a fenced ```graphql block. Its shown answer is the fenced ```json block that comes next,
 * if that is the very next fenced block and no heading or other ```graphql block comes between them.
 * The shown answer is a GraphQL response (`{ "data": … }`, and `"errors"` when the example shows a
 * refusal), of which the README may show only part:
 * - an object shows some of its fields: the fields shown must be there with matching values, the others
 *   are not compared;
 * - a list shows its items in order; an item "…" stands for any number of items (none included), so
 *   `[a, "…"]` is a list that starts with a; a list the API gives in no promised order (the fields in
 *   UNORDERED_LISTS) matches in any order: each item shown matches a different real item, and without
 *   "…" the real list has no others;
 * - in a text, "…" stands for any text ("У Кремлі…" is any text that starts with "У Кремлі");
 * - numbers, booleans and null are compared as they are.
 * A shown answer without "errors" also means the real one has none.
 */

export interface ReadmeExample {
  /** Line of the README where the ```graphql block starts (1-based). */
  line: number;
  query: string;
  /** The ```json block shown with it, parsed, if there is one. */
  answer?: { line: number; value: unknown };
}

/** Stands for any number of list items, or any text inside a string. */
export const ELLIPSIS = '…';

/**
 * Lists whose order the API does not promise: `paths` ("up to `limit` paths, all of the same, shortest
 * length", schema/graph.graphql) and `sources` (an event's and an agreement's come newest articles first
 * since 2026-12-07, as an entity's always did; the README's examples of them are still compared as sets).
 */
export const UNORDERED_LISTS: ReadonlySet<string> = new Set(['paths', 'sources']);

const FENCE = /^```(\S*)\s*$/;

export function readReadmeExamples(file: string): ReadmeExample[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const blocks: Array<{ language: string; line: number; text: string }> = [];
  const headings: number[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const opening = FENCE.exec(lines[index]!);
    if (!opening) {
      if (/^#{1,6} /.test(lines[index]!)) headings.push(index + 1);
      continue;
    }
    const start = index;
    index += 1;
    while (index < lines.length && !/^```\s*$/.test(lines[index]!)) index += 1;
    blocks.push({ language: opening[1]!, line: start + 1, text: lines.slice(start + 1, index).join('\n') });
  }

  const examples: ReadmeExample[] = [];
  blocks.forEach((block, index) => {
    if (block.language !== 'graphql') return;
    const example: ReadmeExample = { line: block.line, query: block.text };
    const next = blocks[index + 1];
    if (next?.language === 'json' && !headings.some((heading) => heading > block.line && heading < next.line)) {
      try {
        example.answer = { line: next.line, value: JSON.parse(next.text) };
      } catch (error) {
        throw new Error(
          `README line ${next.line}: the answer shown for the example of line ${block.line} is not JSON: ${(error as Error).message}`,
          {
            cause: error,
          },
        );
      }
    }
    examples.push(example);
  });
  return examples;
}

/** How many ```graphql blocks the README has, counted apart from the parser as a check on it. */
export function countGraphqlBlocks(file: string): number {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => /^```graphql\s*$/.test(line)).length;
}

/**
 * Where the real answer differs from the part the README shows, one line per difference (empty when
 * it matches), each with the JSON path of the value.
 */
export function differencesFromShown(shown: unknown, real: unknown): string[] {
  const differences: string[] = [];
  if (isObject(shown) && isObject(real) && !('errors' in shown) && real.errors !== undefined) {
    differences.push(`errors: the README shows none, the service answered ${brief(real.errors)}`);
  }
  compare(shown, real, '$', differences, '');
  return differences;
}

function compare(shown: unknown, real: unknown, path: string, differences: string[], field: string): void {
  if (typeof shown === 'string') {
    if (typeof real !== 'string' || !textMatches(shown, real))
      differences.push(`${path}: the README shows ${brief(shown)}, the service answered ${brief(real)}`);
    return;
  }
  if (Array.isArray(shown)) {
    if (!Array.isArray(real)) {
      differences.push(`${path}: the README shows a list, the service answered ${brief(real)}`);
      return;
    }
    const matched = UNORDERED_LISTS.has(field) ? unorderedListMatches(shown, real) : orderedListMatches(shown, 0, real, 0);
    if (!matched) differences.push(...listDifferences(shown, real, path, field));
    return;
  }
  if (isObject(shown)) {
    if (!isObject(real)) {
      differences.push(`${path}: the README shows an object, the service answered ${brief(real)}`);
      return;
    }
    for (const [key, value] of Object.entries(shown)) {
      if (!(key in real)) differences.push(`${path}.${key}: the README shows ${brief(value)}, the service's answer has no such field`);
      else compare(value, real[key], `${path}.${key}`, differences, key);
    }
    return;
  }
  if (shown !== real) differences.push(`${path}: the README shows ${brief(shown)}, the service answered ${brief(real)}`);
}

function matches(shown: unknown, real: unknown, field: string): boolean {
  const differences: string[] = [];
  compare(shown, real, '', differences, field);
  return differences.length === 0;
}

/** "…" items match any run of items; other items match one item each, in order. */
function orderedListMatches(shown: readonly unknown[], i: number, real: readonly unknown[], j: number): boolean {
  if (i === shown.length) return j === real.length;
  if (shown[i] === ELLIPSIS) {
    for (let skip = j; skip <= real.length; skip += 1) if (orderedListMatches(shown, i + 1, real, skip)) return true;
    return false;
  }
  return j < real.length && matches(shown[i], real[j], '') && orderedListMatches(shown, i + 1, real, j + 1);
}

/** Each shown item matches a different real item; without "…", no real item is left over. */
function unorderedListMatches(shown: readonly unknown[], real: readonly unknown[]): boolean {
  const items = shown.filter((item) => item !== ELLIPSIS);
  const open = items.length < shown.length;
  if (items.length > real.length || (!open && items.length !== real.length)) return false;
  const used = new Array<boolean>(real.length).fill(false);
  const assign = (index: number): boolean => {
    if (index === items.length) return true;
    for (let candidate = 0; candidate < real.length; candidate += 1) {
      if (used[candidate] || !matches(items[index], real[candidate], '')) continue;
      used[candidate] = true;
      if (assign(index + 1)) return true;
      used[candidate] = false;
    }
    return false;
  };
  return assign(0);
}

/**
 * Says why a list did not match: its length, or each shown item that matches no real item, with the
 * differences from the closest real item (the one at its place in an ordered list, else the one with
 * the fewest differences).
 */
function listDifferences(shown: readonly unknown[], real: readonly unknown[], path: string, field: string): string[] {
  const items = shown.filter((item) => item !== ELLIPSIS);
  const open = items.length < shown.length;
  if (!open && items.length !== real.length) {
    return [`${path}: the README shows ${items.length} item(s), the service answered ${real.length}: ${brief(real)}`];
  }
  const unordered = UNORDERED_LISTS.has(field);
  const found: string[] = [];
  for (const [index, item] of shown.entries()) {
    if (item === ELLIPSIS || real.some((candidate) => matches(item, candidate, ''))) continue;
    const candidates = !unordered && !open && index < real.length ? [index] : real.map((_, candidate) => candidate);
    let closest: { candidate: number; differences: string[] } | undefined;
    for (const candidate of candidates) {
      const differences: string[] = [];
      compare(item, real[candidate], `${path}[${candidate}]`, differences, '');
      if (!closest || differences.length < closest.differences.length) closest = { candidate, differences };
    }
    if (!closest) found.push(`${path}: the README shows ${brief(item)} as its item ${index}, the service answered an empty list`);
    else
      found.push(
        `${path}: no item of the service's answer matches the README's item ${index}; the closest, ${path}[${closest.candidate}], differs in:`,
        ...closest.differences,
      );
  }
  if (found.length > 0) return found;
  const order = unordered ? 'each item shown matches some item, but not each a different one' : 'the items come in another order';
  return [`${path}: ${order}; the service answered ${brief(real)}`];
}

function textMatches(shown: string, real: string): boolean {
  if (!shown.includes(ELLIPSIS)) return shown === real;
  const pattern = shown
    .split(ELLIPSIS)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*');
  return new RegExp(`^${pattern}$`, 'u').test(real);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function brief(value: unknown): string {
  // JSON.stringify(undefined) is undefined, whatever its declared type says.
  const text = (JSON.stringify(value) as string | undefined) ?? 'nothing';
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
