import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { adminToolArguments } from '../../../../src/graph/local-neo4j/initial-password.ts';
import {
  LEGACY_LOCAL_PASSWORD,
  passwordFilePath,
  resolveLocalPassword,
  runningServerPassword,
} from '../../../../src/graph/local-neo4j/local-password.ts';

async function emptyHome(): Promise<{ home: string; dataDir: string }> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'diplograph-password-'));
  return { home, dataDir: path.join(home, 'data') };
}

describe('the local Neo4j password', () => {
  it('is generated at random for a new store and kept in a file only the owner can read', async () => {
    const { home, dataDir } = await emptyHome();

    const first = await resolveLocalPassword({ home, dataDir, configured: undefined });

    expect(first.source).toBe('generated');
    expect(first.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(first.password).not.toBe(LEGACY_LOCAL_PASSWORD);
    expect((await readFile(passwordFilePath(home), 'utf8')).trim()).toBe(first.password);
    expect((await stat(passwordFilePath(home))).mode & 0o777).toBe(0o600);
  });

  it('differs between two new stores', async () => {
    const a = await resolveLocalPassword({ ...(await emptyHome()), configured: undefined });
    const b = await resolveLocalPassword({ ...(await emptyHome()), configured: undefined });

    expect(a.password).not.toBe(b.password);
  });

  it('is read back from its file on the next start', async () => {
    const { home, dataDir } = await emptyHome();
    const first = await resolveLocalPassword({ home, dataDir, configured: undefined });
    await mkdir(path.join(dataDir, 'databases'), { recursive: true });

    const again = await resolveLocalPassword({ home, dataDir, configured: undefined });

    expect(again).toEqual({ password: first.password, source: 'stored', file: passwordFilePath(home) });
    expect(runningServerPassword({ home, configured: undefined })).toBe(first.password);
  });

  it('is NEO4J_PASSWORD when that is set, and then no file is written', async () => {
    const { home, dataDir } = await emptyHome();

    const chosen = await resolveLocalPassword({ home, dataDir, configured: 'my-own-secret' });

    expect(chosen).toEqual({ password: 'my-own-secret', source: 'configured' });
    await expect(stat(passwordFilePath(home))).rejects.toThrow(/ENOENT/);
    expect(runningServerPassword({ home, configured: 'my-own-secret' })).toBe('my-own-secret');
  });

  it('marks a store made with the old fixed password, so that start replaces it', async () => {
    const { home, dataDir } = await emptyHome();
    await mkdir(path.join(dataDir, 'dbms'), { recursive: true });
    await writeFile(path.join(dataDir, 'dbms', 'auth.ini'), '');

    const legacy = await resolveLocalPassword({ home, dataDir, configured: undefined });

    expect(legacy).toEqual({ password: LEGACY_LOCAL_PASSWORD, source: 'legacy', file: passwordFilePath(home) });
  });

  it('refuses an empty password file with what to do', async () => {
    const { home, dataDir } = await emptyHome();
    await writeFile(passwordFilePath(home), '\n');

    await expect(resolveLocalPassword({ home, dataDir, configured: undefined })).rejects.toThrow(/empty or shorter than 8 characters/);
  });

  it('reaches the admin tool through an argument file, quoted, never as a bare command-line word', () => {
    expect(adminToolArguments('pa ss"w\\rd').split('\n')).toEqual([
      '"org.neo4j.cli.AdminTool"',
      '"dbms"',
      '"set-initial-password"',
      '"--"',
      '"pa ss\\"w\\\\rd"',
    ]);
  });
});
