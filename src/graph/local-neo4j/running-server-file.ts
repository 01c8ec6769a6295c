import { existsSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A note in the local Neo4j's home saying that a Diplograph process runs a server on it and where, so
 * that `load`, `remove`, `migrate` and the others use that server instead of starting a second one on
 * the same store (which its lock would refuse). It holds no secret: the password stays in its own file.
 */
export const RUNNING_SERVER_FILE_NAME = 'running-server.json';

export interface RunningServerNote {
  /** The Diplograph process that started the server and will stop it. */
  ownerPid: number;
  boltUri: string;
  browserUrl: string;
  startedAt: string;
}

export function runningServerFilePath(home: string): string {
  return path.join(home, RUNNING_SERVER_FILE_NAME);
}

export async function writeRunningServerNote(home: string, note: RunningServerNote): Promise<void> {
  await writeFile(runningServerFilePath(home), `${JSON.stringify(note, null, 2)}\n`);
}

export async function removeRunningServerNote(home: string): Promise<void> {
  await rm(runningServerFilePath(home), { force: true });
}

/**
 * The note, when one exists and its owner process still lives; a note left by a process that was killed
 * outright is stale and read as none. Whether the server answers is for the caller to check.
 */
export function readRunningServerNote(home: string): RunningServerNote | undefined {
  const file = runningServerFilePath(home);
  if (!existsSync(file)) return undefined;
  let note: RunningServerNote;
  try {
    note = JSON.parse(readFileSync(file, 'utf8')) as RunningServerNote;
  } catch {
    return undefined;
  }
  if (!Number.isInteger(note.ownerPid) || typeof note.boltUri !== 'string') return undefined;
  return isAlive(note.ownerPid) ? note : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
