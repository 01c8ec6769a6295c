import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** The bytes the files below a folder take, in MB (NaN when the folder is not there, as with NEO4J_TEST_URI). */
export async function folderMegabytes(folder: string): Promise<number> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => undefined);
  if (!entries) return Number.NaN;
  let bytes = 0;
  for (const entry of entries) {
    if (entry.isFile()) bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return bytes / 2 ** 20;
}
