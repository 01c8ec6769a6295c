import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { readMigrations } from '../../../src/graph/migrations/migration-files.ts';

const createdFolders: string[] = [];

function folderWith(files: Record<string, string>): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'diplograph-migrations-'));
  createdFolders.push(directory);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(directory, name), text);
  return directory;
}

describe('migration files', () => {
  afterAll(() => {
    for (const folder of createdFolders) rmSync(folder, { recursive: true, force: true });
  });

  it('are numbered from 1 without gaps and every statement is idempotent', () => {
    const migrations = readMigrations();

    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
    for (const statement of migrations.flatMap((migration) => migration.statements)) {
      if (/^\s*CREATE\s+(\w+\s+)?(INDEX|CONSTRAINT)\b/i.test(statement)) {
        expect(statement).toMatch(/IF NOT EXISTS/);
      } else {
        // A data migration: it may MERGE and SET, never CREATE, so a second run changes nothing; it may
        // DELETE only derived MET relationships, which no article states and the migration rebuilds.
        // That a second run changes nothing is checked on a real graph (test/integration/graph/met-relationships.spec.ts).
        expect(statement).not.toMatch(/\bCREATE\b/i);
        const deleted = /\bDELETE\s+(\w+)/i.exec(statement)?.[1];
        if (deleted === undefined) expect(statement).toMatch(/\b(MERGE|SET)\b/);
        else expect(statement).toMatch(new RegExp(`\\[${deleted}:MET\\]`));
      }
    }
  });

  it('orders by number, not by file system order', () => {
    const directory = folderWith({
      '0002-second.cypher': 'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.b);',
      '0001-first.cypher': 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.a);',
    });

    expect(readMigrations(directory).map((migration) => migration.name)).toEqual(['first', 'second']);
  });

  it('rejects a gap in the numbering', () => {
    const directory = folderWith({
      '0001-a.cypher': 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.a);',
      '0003-c.cypher': 'CREATE INDEX c IF NOT EXISTS FOR (n:C) ON (n.c);',
    });

    expect(() => readMigrations(directory)).toThrow('without gaps or repeats; found version 3 at position 2');
  });

  it('rejects a misnamed file instead of skipping it', () => {
    const directory = folderWith({ 'add-index.cypher': 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.a);' });

    expect(() => readMigrations(directory)).toThrow('add-index.cypher must be named NNNN-lowercase-name.cypher');
  });

  it('gives a changed file a different checksum', () => {
    const first = readMigrations(folderWith({ '0001-a.cypher': 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.a);' }));
    const second = readMigrations(folderWith({ '0001-a.cypher': 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.b);' }));

    expect(first[0]!.checksum).not.toBe(second[0]!.checksum);
  });
});
