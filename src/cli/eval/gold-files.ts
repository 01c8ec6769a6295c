import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { prettifyError } from 'zod';
import { goldArticleSchema, type GoldArticle } from '../../extract/evaluation/gold-schema.ts';
import { collectInputs } from '../load/collect-inputs.ts';
import { UsageError } from '../usage-error.ts';

export const GOLD_SUFFIX = '.gold.json';

/** The stem an article and its gold share: "001_95dc.txt" and "001_95dc.gold.json" both give "001_95dc". */
export function articleStem(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}

/**
 * Every gold file below the folder, by the stem of the article it annotates. Stems must be unique,
 * so that the articles' folder layout need not mirror the gold's.
 */
export async function indexGoldFiles(goldDirectory: string): Promise<Map<string, string>> {
  const { inputs, problems } = await collectInputs([goldDirectory], [GOLD_SUFFIX]);
  if (problems.length > 0) throw new UsageError(`--gold ${goldDirectory}: ${problems.map((problem) => problem.message).join('; ')}`);
  const index = new Map<string, string>();
  for (const { path: file } of inputs) {
    const stem = path.basename(file!).slice(0, -GOLD_SUFFIX.length);
    const previous = index.get(stem);
    if (previous !== undefined)
      throw new UsageError(`two gold files annotate articles named "${stem}": ${previous} and ${file}; rename one article and its gold`);
    index.set(stem, file!);
  }
  return index;
}

/** Reads and validates one gold file; any problem is a usage error naming the file and the fields. */
export async function readGoldFile(file: string, articleFile: string): Promise<GoldArticle> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file} is not readable JSON (${(error as Error).message}); fix the gold file`);
  }
  const parsed = goldArticleSchema.safeParse(json);
  if (!parsed.success) {
    throw new UsageError(`${file} is not a valid gold annotation (see test/fixtures/gold/README.md):\n${prettifyError(parsed.error)}`);
  }
  if (parsed.data.article !== path.basename(articleFile)) {
    throw new UsageError(
      `${file} annotates "${parsed.data.article}", but was found for ${articleFile}; set its "article" field to "${path.basename(articleFile)}"`,
    );
  }
  return parsed.data;
}
