import { spawn } from 'node:child_process';
import path from 'node:path';
import { neo4jVariables } from '../../config/config.ts';
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
    env: { ...process.env, ...neo4jVariables(connection) },
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
