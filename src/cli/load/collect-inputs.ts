import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** One thing to load: a file, or standard input ("-"). */
export interface LoadInput {
  name: string;
  path: string | null;
}

/** A path that could not be turned into inputs, with the reason in words. */
export interface InputProblem {
  name: string;
  message: string;
}

/**
 * Expands the command's arguments: "-" is standard input, a folder is every file below it with one of
 * the accepted extensions (sorted, hidden files skipped), a file is itself whatever its extension.
 */
export async function collectInputs(
  args: readonly string[],
  extensions: readonly string[],
): Promise<{ inputs: LoadInput[]; problems: InputProblem[] }> {
  const inputs: LoadInput[] = [];
  const problems: InputProblem[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ name: '(standard input)', path: null });
      continue;
    }
    try {
      const info = await stat(arg);
      if (info.isDirectory()) {
        const found = await filesBelow(arg, extensions);
        if (found.length === 0) problems.push({ name: arg, message: `no ${extensions.join(' or ')} files in this folder` });
        inputs.push(...found.map((file) => ({ name: file, path: file })));
      } else {
        inputs.push({ name: arg, path: arg });
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({ name: arg, message: code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code ?? String(error)})` });
    }
  }
  return { inputs, problems };
}

async function filesBelow(directory: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await filesBelow(full, extensions)));
    else if (extensions.some((extension) => entry.name.toLowerCase().endsWith(extension))) files.push(full);
  }
  return files;
}
