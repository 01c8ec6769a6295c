import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LocalNeo4jError } from './local-neo4j-error.ts';

/** The file in the local Neo4j's home that keeps the password it was generated with (mode 0600). */
export const PASSWORD_FILE_NAME = 'neo4j-password';

/**
 * The password stores made before passwords were generated were initialised with. Such a store keeps
 * working: it is opened with this password once, then given a generated one (see rotateLegacyPassword).
 */
export const LEGACY_LOCAL_PASSWORD = 'diplograph';

/** Where the local server's password comes from. */
export type LocalPasswordSource =
  /** NEO4J_PASSWORD: the user chose it. */
  | 'configured'
  /** Generated on an earlier start and kept in the home folder. */
  | 'stored'
  /** Generated now, for a store that does not exist yet. */
  | 'generated'
  /** A store initialised with the old fixed password and no password file: to be rotated after start. */
  | 'legacy';

export interface LocalPassword {
  password: string;
  source: LocalPasswordSource;
  /** The file holding it (for messages and the README's "how to read it"); absent when configured. */
  file?: string;
}

export function passwordFilePath(home: string): string {
  return path.join(home, PASSWORD_FILE_NAME);
}

/** A password no web page or other user can guess: 24 random bytes, URL-safe base64 (32 characters). */
export function generatePassword(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Decides the local server's password before it starts. A configured NEO4J_PASSWORD wins; otherwise the
 * stored one; otherwise a new store gets a fresh random password, written to a file only the owner may
 * read, before the server is initialised with it.
 */
export async function resolveLocalPassword(options: {
  home: string;
  dataDir: string;
  configured: string | undefined;
}): Promise<LocalPassword> {
  if (options.configured !== undefined) return { password: options.configured, source: 'configured' };
  const file = passwordFilePath(options.home);
  if (existsSync(file)) {
    const password = (await readFile(file, 'utf8')).trim();
    if (password.length < 8) {
      throw new LocalNeo4jError(
        `The password file ${file} is empty or shorter than 8 characters.`,
        `put the local Neo4j's password in it, or delete it together with ${options.dataDir} to start with an empty database and a new password.`,
      );
    }
    return { password, source: 'stored', file };
  }
  if (storeExists(options.dataDir)) return { password: LEGACY_LOCAL_PASSWORD, source: 'legacy', file };
  const password = generatePassword();
  await writeSecretFile(file, password);
  return { password, source: 'generated', file };
}

/** Writes a secret so that only the owner can read it (0600), also where umask would allow more. */
export async function writeSecretFile(file: string, secret: string): Promise<void> {
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
}

/** Whether Neo4j has initialised a store (and so its password) in this data folder. */
export function storeExists(dataDir: string): boolean {
  return existsSync(path.join(dataDir, 'dbms', 'auth.ini')) || existsSync(path.join(dataDir, 'databases'));
}

/**
 * The password of a local server that is already running (started by `npm start`, say): the configured
 * one, else the stored one. Undefined when neither exists, that is, before the first start.
 */
export function runningServerPassword(options: { home: string; configured: string | undefined }): string | undefined {
  if (options.configured !== undefined) return options.configured;
  const file = passwordFilePath(options.home);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}
