import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/project-root.ts';

/** Every Cypher statement lives under cypher/ in the repository, one file each (see cypher/README.md). */
export const CYPHER_ROOT = path.join(PROJECT_ROOT, 'cypher');

const cache = new Map<string, string>();

/**
 * The text of cypher/<name>.cypher as written, comments included (Neo4j ignores them), read once and
 * cached. A missing file is a programming error, so it fails loudly with the path it looked for.
 */
export function readCypher(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const file = path.join(CYPHER_ROOT, `${name}.cypher`);
  if (!existsSync(file)) {
    throw new Error(`Cypher file not found: ${file} (asked for "${name}"); add it under cypher/ or fix the name.`);
  }
  const text = readFileSync(file, 'utf8');
  cache.set(name, text);
  return text;
}

/**
 * Splits a file of several statements: each ends with ';' at the end of a line. Whole-line `//` comments
 * are dropped first, so that a comment ending in ';' does not end a statement.
 */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
