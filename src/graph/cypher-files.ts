import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/project-root.ts';

/** Every Cypher statement lives under cypher/ in the repository, one file each (see cypher/README.md). */
export const CYPHER_ROOT = path.join(PROJECT_ROOT, 'cypher');

const cache = new Map<string, string>();

/**
 * The text of cypher/<name>.cypher, compacted (compactCypher), read once and cached. A missing file is a
 * programming error, so it fails loudly with the path it looked for.
 */
export function readCypher(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const file = path.join(CYPHER_ROOT, `${name}.cypher`);
  if (!existsSync(file)) {
    throw new Error(`Cypher file not found: ${file} (asked for "${name}"); add it under cypher/ or fix the name.`);
  }
  const text = compactCypher(readFileSync(file, 'utf8'), file);
  cache.set(name, text);
  return text;
}

/**
 * The statement as it is sent: without `//` comments, indentation and repeated spaces (outside quotes),
 * line breaks kept. The files explain themselves at length, but every request sends its query's text:
 * neo4j-driver writes a message in chunks of 1,400 bytes, one socket write each, so a commented
 * 3 KB query cost three writes per read where the compact one needs fewer, and Neo4j hashes less text to
 * find its cached plan. A string or quoted name must end on its line (none of ours spans lines); one that
 * does not is refused, naming the file and line.
 */
export function compactCypher(text: string, source = 'Cypher text'): string {
  const lines: string[] = [];
  text.split('\n').forEach((line, index) => {
    let out = '';
    let quote: string | null = null;
    let space = false;
    for (let i = 0; i < line.length; i++) {
      const char = line[i]!;
      if (quote !== null) {
        out += char;
        if (char === '\\') out += line[++i] ?? '';
        else if (char === quote) quote = null;
        continue;
      }
      if (char === '/' && line[i + 1] === '/') break;
      if (char === ' ' || char === '\t' || char === '\r') {
        space = out.length > 0;
        continue;
      }
      if (space) out += ' ';
      space = false;
      if (char === "'" || char === '"' || char === '`') quote = char;
      out += char;
    }
    if (quote !== null) {
      throw new Error(`${source}, line ${index + 1}: a quoted string or name runs past the end of the line; end it on the same line.`);
    }
    if (out.length > 0) lines.push(out);
  });
  return lines.join('\n');
}

/**
 * Splits a file of several statements: each ends with ';' at the end of a line. The statements come
 * compacted (compactCypher: no comments). Statements themselves never contain a line ending in ';'.
 */
export function splitStatements(text: string): string[] {
  return compactCypher(text)
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
