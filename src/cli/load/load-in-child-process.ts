import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config/project-root.ts';
import type { Neo4jConnection } from '../../graph/driver.ts';

const MAIN_SCRIPT = path.join(PROJECT_ROOT, 'src', 'cli', 'main.ts');

/**
 * How `diplograph load` ended: everything loaded, or not (exit code 1: some inputs failed, or it
 * stopped on an error; its log and standard error say which).
 */
export type ChildLoadOutcome = 'loaded' | 'not-all-loaded';

/**
 * Runs `diplograph load <paths>` in a child process against the given Neo4j (never a second local
 * server), with this process's Node options and log. Extraction's language models (some 150 MB) then
 * leave memory with the child, and the process that goes on serving GraphQL never holds them.
 */
export async function loadInChildProcess(paths: readonly string[], connection: Neo4jConnection): Promise<ChildLoadOutcome> {
  const child = spawn(process.execPath, [...process.execArgv, MAIN_SCRIPT, 'load', ...paths], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      NEO4J_URI: connection.uri,
      NEO4J_USERNAME: connection.username,
      NEO4J_PASSWORD: connection.password,
      NEO4J_DATABASE: connection.database,
    },
  });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  });
  if (code === 0) return 'loaded';
  if (code === 1) return 'not-all-loaded';
  throw new Error(
    `Loading ARTICLES_ON_START stopped (${signal ? `signal ${signal}` : `exit code ${code}`}) before it finished; its messages above say why. ` +
      'Fix the cause, or set ARTICLES_ON_START= to start without loading.',
  );
}
