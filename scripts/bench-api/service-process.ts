import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { neo4jVariables } from '../../src/config/config.ts';
import { PROJECT_ROOT } from '../../src/config/project-root.ts';
import type { Neo4jConnection } from '../../src/graph/driver.ts';
import { findFreePort } from '../../src/graph/local-neo4j/port-availability.ts';
import { processMemoryMb } from '../bench-common/process-memory.ts';

export interface ServiceProcess {
  /** http://127.0.0.1:<port>/graphql */
  graphqlUrl: string;
  pid: number;
  /** The command line it runs, as `npm start` would. */
  command: string;
  logFile: string;
  /** Resident set size now and its high-water mark (VmHWM), in MB, from /proc/<pid>/status. */
  memory(): { rssMb: number; peakRssMb: number };
  /** How it ended ("exit code 134" ...) if it has; undefined while it runs. */
  exited(): string | undefined;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 180_000;

/** The Node options and arguments of `npm start` (package.json), so the benchmark runs what users run. */
function npmStartArguments(projectRoot: string): string[] {
  const start = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const [program, ...rest] = start.split(/\s+/);
  if (program !== 'node' || !rest.includes('start')) throw new Error(`package.json's start script is not "node ... start": ${start}`);
  return rest;
}
const STOP_GRACE_MS = 15_000;

/**
 * Runs the real service, `npm start`'s command (Node options included) with this Node, as a child process against the
 * benchmark's database: NEO4J_URI points at it (so it starts no Neo4j of its own), ARTICLES_ON_START is
 * empty (the corpus is loaded already), queries are public, and it listens on a free loopback port.
 * Its log (one JSON line per request at LOG_LEVEL info, as in production) goes to `logFile`.
 * Resolves once /ready answers 200, i.e. migrations ran and Neo4j answers.
 *
 * `projectRoot` runs another copy of the project instead of this one (a base commit's files, to compare
 * two versions of the service in one run); `nodeOptions` go before `npm start`'s own (`--cpu-prof` ...).
 */
export async function startService(
  connection: Neo4jConnection,
  options: { logFile: string; logLevel: string; projectRoot?: string; nodeOptions?: string[] },
): Promise<ServiceProcess> {
  const projectRoot = options.projectRoot ?? PROJECT_ROOT;
  const port = await findFreePort();
  const logFd = openSync(options.logFile, 'w');
  const nodeArguments = [...(options.nodeOptions ?? []), ...npmStartArguments(projectRoot)];
  const child = spawn(process.execPath, nodeArguments, {
    cwd: projectRoot,
    stdio: ['ignore', logFd, logFd],
    env: {
      ...process.env,
      ...neo4jVariables(connection),
      API_HOST: '127.0.0.1',
      API_PORT: String(port),
      API_PUBLIC_QUERIES: 'true',
      API_KEY: '',
      ARTICLES_ON_START: '',
      LOG_LEVEL: options.logLevel,
    },
  });
  closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new Error('the service process did not start');
  let exit: string | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exit = `exit code ${code ?? 'none'}${signal ? `, signal ${signal}` : ''}`;
      resolve();
    }),
  );
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    if (exit !== undefined) return;
    child.kill('SIGTERM');
    const inTime = await Promise.race([exited.then(() => true), sleep(STOP_GRACE_MS, false, { ref: false })]);
    if (!inTime) {
      child.kill('SIGKILL');
      await exited;
    }
  };

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exit !== undefined) throw new Error(`the service stopped during start-up (${exit}); its log: ${options.logFile}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the service did not answer on ${base}/ready within ${READY_TIMEOUT_MS / 1000} s; its log: ${options.logFile}`);
    }
    try {
      const response = await fetch(`${base}/ready`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }

  return {
    graphqlUrl: `${base}/graphql`,
    pid,
    command: ['node', ...nodeArguments].join(' '),
    logFile: options.logFile,
    memory: () => ({ rssMb: processMemoryMb(pid, 'VmRSS'), peakRssMb: processMemoryMb(pid, 'VmHWM') }),
    exited: () => exit,
    stop,
  };
}
