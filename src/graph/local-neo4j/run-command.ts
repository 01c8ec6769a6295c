import { spawn } from 'node:child_process';

export interface CommandResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Set when the program itself could not be started (ENOENT: not installed or not on PATH). */
  spawnError?: NodeJS.ErrnoException;
}

/** Runs a program to completion and collects its output; never throws for a missing program. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', (error: NodeJS.ErrnoException) => resolve({ exitCode: null, stdout, stderr, spawnError: error }));
    child.once('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

/**
 * The last lines of a tool's output, for quoting its failure without flooding the terminal.
 * Java stack frames ("\tat ...") are dropped: the exception's message is what tells the user something.
 */
export function lastLines(text: string, count: number): string {
  return text
    .trimEnd()
    .split('\n')
    .filter((line) => !/^\s+at \S/.test(line) && !/^\s+\.\.\. \d+ more/.test(line))
    .slice(-count)
    .join('\n');
}
