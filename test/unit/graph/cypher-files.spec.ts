import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../../src/config/project-root.ts';
import { CYPHER_ROOT, readCypher, splitStatements } from '../../../src/graph/cypher-files.ts';

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

  it('does not end a statement at a whole-line comment that ends with a semicolon', () => {
    const text = '// the first; the second follows;\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n';

    expect(splitStatements(text)).toEqual(['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)']);
  });

  it('sends a statement as its file has it, comments included', () => {
    const file = path.join(CYPHER_ROOT, 'api/search.cypher');

    expect(readCypher('api/search')).toBe(readFileSync(file, 'utf8'));
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
