import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CYPHER_ROOT, splitStatements } from '../cypher-files.ts';

export interface Migration {
  /** From the file name's number: 0003-full-text-search.cypher is version 3. */
  version: number;
  name: string;
  /** sha256 of the file: an applied migration whose file changed afterwards is refused. */
  checksum: string;
  statements: string[];
}

const MIGRATION_FILE = /^(\d{4})-([a-z0-9-]+)\.cypher$/;

export const MIGRATIONS_DIR = path.join(CYPHER_ROOT, 'migrations');

/** Every migration under cypher/migrations/, in version order; a misnamed file is an error, not skipped. */
export function readMigrations(directory: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(directory)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => {
      const match = MIGRATION_FILE.exec(file);
      if (!match?.[1] || !match[2]) {
        throw new Error(`Migration file ${file} must be named NNNN-lowercase-name.cypher (for example 0004-topic-index.cypher).`);
      }
      const text = readFileSync(path.join(directory, file), 'utf8');
      return {
        version: Number(match[1]),
        name: match[2],
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text),
      };
    })
    .sort((a, b) => a.version - b.version);

  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migrations must be numbered 0001, 0002, ... without gaps or repeats; found version ${migration.version} at position ${index + 1}.`,
      );
    }
    if (migration.statements.length === 0) {
      throw new Error(`Migration ${migration.version} (${migration.name}) has no statements.`);
    }
  });
  return migrations;
}
