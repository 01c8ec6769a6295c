import { parseArgs } from 'node:util';
import type { Config } from '../../config/config.ts';
import { corpusArticles, type GeneratedArticle } from '../../corpus/generate-corpus.ts';
import { loadKnowledgeBase } from '../../knowledge/load-knowledge.ts';
import type { Logger } from '../../log/logger.ts';
import { writeCorpus } from '../generate/write-corpus.ts';
import { UsageError } from '../usage-error.ts';

/** Far above any benchmark, low enough that a typo (an extra zero or three) does not fill the disk. */
const MAX_COUNT = 1_000_000;

export interface GenerateArguments {
  count: number;
  seed: number;
  out: string;
}

/** Reads `--count N --seed S --out DIR`; every mistake is a UsageError that shows the right form. */
export function parseGenerateArguments(args: string[]): GenerateArguments {
  const example = 'such as: generate --count 1000 --seed 42 --out /tmp/corpus';
  let values: { count?: string; seed?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { count: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`generate: ${(error as Error).message}; ${example}`);
  }
  const wholeNumber = (name: string, text: string | undefined, min: number, max: number): number => {
    if (text === undefined) throw new UsageError(`generate needs --${name}, ${example}`);
    const value = Number(text);
    if (!/^-?\d+$/.test(text) || value < min || value > max)
      throw new UsageError(`generate: --${name} must be a whole number from ${min} to ${max} (got "${text}"), ${example}`);
    return value;
  };
  if (values.out === undefined || values.out === '')
    throw new UsageError(`generate needs --out, the folder to write the articles to, ${example}`);
  return {
    count: wholeNumber('count', values.count, 1, MAX_COUNT),
    seed: wholeNumber('seed', values.seed ?? '1', -(2 ** 31), 2 ** 32 - 1),
    out: values.out,
  };
}

/**
 * `diplograph generate --count N --seed S --out DIR`: writes N synthetic articles (.txt and .md) built
 * from the knowledge base; the same count and seed give byte-identical files.
 */
export async function generateCommand(_config: Config, logger: Logger, args: string[]): Promise<number> {
  const { count, seed, out } = parseGenerateArguments(args);
  const started = performance.now();
  const languages: Record<string, number> = {};
  let repeated = 0;
  const counted = function* (articles: Iterable<GeneratedArticle>) {
    for (const article of articles) {
      languages[article.language] = (languages[article.language] ?? 0) + 1;
      if (article.repeatsEarlierReport) repeated += 1;
      yield article;
    }
  };
  const { written } = await writeCorpus(out, counted(corpusArticles({ count, seed, knowledge: loadKnowledgeBase() })));
  logger.info('corpus written', {
    folder: out,
    articles: written,
    seed,
    languages,
    repeatingAnEarlierEvent: repeated,
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
  });
  return 0;
}
