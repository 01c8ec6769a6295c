import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/project-root.ts';

/** The folders whose files decide what extraction finds: word lists and the knowledge base. */
export const EXTRACTION_DATA_FOLDERS = [path.join(PROJECT_ROOT, 'data', 'language'), path.join(PROJECT_ROOT, 'data', 'knowledge')];

let cached: string | undefined;

/**
 * A hash of every file extraction reads from data/ (names and contents, in a fixed order): any edit
 * changes it, whether or not whoever made it remembered to raise a version, so stored articles are
 * re-read after it.
 */
export function extractionDataFingerprint(folders: readonly string[] = EXTRACTION_DATA_FOLDERS): string {
  if (folders === EXTRACTION_DATA_FOLDERS && cached !== undefined) return cached;
  const hash = createHash('sha256');
  for (const folder of folders) {
    for (const file of filesBelow(folder)) {
      hash.update(path.relative(folder, file).split(path.sep).join('/')).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  const fingerprint = hash.digest('hex').slice(0, 12);
  if (folders === EXTRACTION_DATA_FOLDERS) cached = fingerprint;
  return fingerprint;
}

function filesBelow(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
