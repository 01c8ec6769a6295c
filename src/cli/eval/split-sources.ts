import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../usage-error.ts';
import { articleStem } from './gold-files.ts';

export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/**
 * The stems of the articles `sources.tsv` puts in one split (test/fixtures/real/README.md): columns
 * `file … split`, tab-separated, a header line. The file is `--sources`, else `sources.tsv` in the
 * articles folder or the folder above it.
 */
export function stemsOfSplit(split: string, articlesFolder: string, sourcesFile?: string): Set<string> {
  if (!(SPLITS as readonly string[]).includes(split)) throw new UsageError(`--split must be dev or test; got "${split.slice(0, 40)}"`);
  const candidates = sourcesFile
    ? [sourcesFile]
    : [path.join(articlesFolder, 'sources.tsv'), path.join(articlesFolder, '..', 'sources.tsv')];
  const file = candidates.find((candidate) => existsSync(candidate));
  if (file === undefined)
    throw new UsageError(
      `--split needs a sources.tsv listing each article's split: none at ${candidates.join(' or ')}; pass --sources FILE`,
    );
  const [header = '', ...rows] = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const columns = header.split('\t').map((column) => column.trim().toLowerCase());
  const fileColumn = columns.indexOf('file');
  const splitColumn = columns.indexOf('split');
  if (fileColumn < 0 || splitColumn < 0)
    throw new UsageError(`${file} needs the columns file and split in its header line (tab-separated)`);
  const stems = new Set<string>();
  for (const row of rows) {
    const cells = row.split('\t');
    if (cells[splitColumn]?.trim() === split) stems.add(articleStem(cells[fileColumn]!.trim()));
  }
  if (stems.size === 0) throw new UsageError(`${file} lists no article in the ${split} split`);
  return stems;
}
