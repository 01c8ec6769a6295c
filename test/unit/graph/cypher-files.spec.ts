import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../../src/config/project-root.ts';
import { compactCypher, CYPHER_ROOT, readCypher, splitStatements } from '../../../src/graph/cypher-files.ts';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('Cypher files', () => {
  it('splits a file into its statements, dropping whole-line comments', () => {
    const text =
      '// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n// note\nCREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y);\n';

    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)',
    ]);
  });

  it('sends a statement without comments, indentation or repeated spaces, keeping quoted text and line breaks as written', () => {
    const text = [
      '// What this finds, at length.',
      'MATCH (n:Article  {url: "https://example.org//a  b"})   // trailing note',
      "    WHERE n.title <> 'it''s // not a comment' AND n.`odd  name` IS NOT NULL",
      '',
      "  RETURN n.title AS title, 'a\\'b' AS escaped",
    ].join('\n');

    expect(compactCypher(text)).toBe(
      [
        'MATCH (n:Article {url: "https://example.org//a  b"})',
        "WHERE n.title <> 'it''s // not a comment' AND n.`odd  name` IS NOT NULL",
        "RETURN n.title AS title, 'a\\'b' AS escaped",
      ].join('\n'),
    );
  });

  it('refuses a quoted string that runs past the end of its line, naming the file and line', () => {
    expect(() => compactCypher("MATCH (n)\nWHERE n.name = 'two\nlines'\nRETURN n", 'cypher/x.cypher')).toThrow(
      'cypher/x.cypher, line 2: a quoted string or name runs past the end of the line',
    );
  });

  it('compacts every file under cypher/, and compacting again changes nothing', () => {
    const files = (function cypherFiles(directory: string): string[] {
      return readdirSync(directory).flatMap((entry) => {
        const full = path.join(directory, entry);
        return statSync(full).isDirectory() ? cypherFiles(full) : full.endsWith('.cypher') ? [full] : [];
      });
    })(CYPHER_ROOT);

    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const compact = compactCypher(readFileSync(file, 'utf8'), file);
      expect(compact.length).toBeGreaterThan(0);
      expect(compactCypher(compact)).toBe(compact);
    }
  });

  it('names the missing file when asked for one that does not exist', () => {
    expect(() => readCypher('no/such-statement')).toThrow(path.join(CYPHER_ROOT, 'no/such-statement.cypher'));
  });

  it('has a file for every readCypher() name used in src/ and test/', () => {
    const names = [path.join(PROJECT_ROOT, 'src'), path.join(PROJECT_ROOT, 'test')]
      .flatMap(sourceFiles)
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/readCypher\('([^']+)'\)/g)].map((match) => match[1]!))
      .filter((name) => name !== 'no/such-statement');

    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(() => readCypher(name)).not.toThrow();
  });

  it('keeps Cypher out of TypeScript: no query keywords in string literals under src/', () => {
    const offenders = sourceFiles(path.join(PROJECT_ROOT, 'src')).filter((file) =>
      /['`"]\s*(MATCH|MERGE|CREATE|UNWIND|CALL|SHOW|DROP)\s+[(\w]/.test(readFileSync(file, 'utf8')),
    );

    expect(offenders).toEqual([]);
  });
});
