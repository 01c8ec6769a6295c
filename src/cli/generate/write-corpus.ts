import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedArticle } from '../../corpus/generate-corpus.ts';
import { UsageError } from '../usage-error.ts';

/** Files written at once: enough to keep the disk busy, few enough to stay far from the open-file limit. */
const WRITES_IN_FLIGHT = 64;

/**
 * Writes the articles into `folder`, created if missing. A folder that holds anything already is
 * refused, so articles of an earlier, larger run never mix with these.
 */
export async function writeCorpus(folder: string, articles: Iterable<GeneratedArticle>): Promise<{ written: number }> {
  await mkdir(folder, { recursive: true });
  const present = await readdir(folder);
  if (present.length > 0) {
    throw new UsageError(
      `${folder} is not empty (${present.length} entries); give a new or empty folder so that articles of different runs do not mix.`,
    );
  }
  let written = 0;
  let batch: Array<Promise<void>> = [];
  for (const article of articles) {
    batch.push(writeFile(path.join(folder, article.fileName), article.content, 'utf8'));
    if (batch.length === WRITES_IN_FLIGHT) {
      await Promise.all(batch);
      batch = [];
    }
    written += 1;
  }
  await Promise.all(batch);
  return { written };
}
