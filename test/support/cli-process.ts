import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_ROOT } from '../../src/config/project-root.ts';

/** A running `diplograph` command, with its output collected line by line. */
export interface CliProcess {
  child: ChildProcess;
  /** Standard output and standard error, interleaved as they came. */
  output(): string;
  /** Standard error alone. */
  errorOutput(): string;
  /** Resolves with the first output line matching the pattern; rejects if the process ends first. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts src/cli/main.ts with only the variables given (plus PATH, HOME, JAVA_HOME), so that the
 * developer's own .env settings cannot leak in: every Diplograph variable the test relies on is explicit.
 */
export function spawnCli(args: string[], variables: Record<string, string>): CliProcess {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NEO4J_URI: '', ...variables };
  if (process.env.JAVA_HOME) env.JAVA_HOME = process.env.JAVA_HOME;
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'src/cli/main.ts'), ...args], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errorOutput = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    errorOutput += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    // 'close', not 'exit': only then has all of the child's output been read.
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  let ended = false;
  void exited.then(() => (ended = true));

  const waitForLine = async (pattern: RegExp, timeoutMs: number): Promise<string> => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const line = output.split('\n').find((candidate) => pattern.test(candidate));
      if (line) return line;
      if (ended) throw new Error(`diplograph ${args.join(' ')} ended before printing ${pattern}:\n${output}`);
      await sleep(200);
    }
    throw new Error(`diplograph ${args.join(' ')} did not print ${pattern} within ${timeoutMs} ms:\n${output}`);
  };
  return { child, output: () => output, errorOutput: () => errorOutput, waitForLine, exited };
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls until the process is gone; resolves false if it is still there at the deadline. */
export async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await sleep(200);
  }
  return !isProcessAlive(pid);
}
