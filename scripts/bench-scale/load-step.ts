import type { Driver } from 'neo4j-driver';
import type { LoadInput } from '../../src/cli/load/collect-inputs.ts';
import { loadInputs } from '../../src/cli/load/load-inputs.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { createLogger } from '../../src/log/logger.ts';

export interface StepLoad {
  articles: number;
  seconds: number;
  /** Articles per second over the whole step. */
  rate: number;
  /**
   * Articles per second over the step's last batches (a tenth of it at least): the rate at the graph's new size, which the step's
   * mean understates when loads slow down as the graph grows.
   */
  rateAtEnd: number;
  summary: string;
}

/**
 * Loads `inputs` into the graph that is there already, with the loader `diplograph load` uses (extraction
 * included, as users load), and times it. Progress and refusals go to `say`/stderr.
 */
export async function loadStep(
  neo4j: { driver: Driver; database: string },
  inputs: readonly LoadInput[],
  knowledge: KnowledgeBase,
  say: (line: string) => void,
): Promise<StepLoad> {
  /** When each batch committed, and how many articles it held: the loader writes 500 per transaction. */
  const batches: Array<{ at: number; articles: number }> = [];
  let loaded = 0;
  const started = performance.now();
  const progress = createLogger('debug', {}, (line) => {
    const entry = JSON.parse(line) as { msg: string; level: string; articles?: number };
    if (entry.msg === 'batch written') {
      batches.push({ at: performance.now(), articles: entry.articles ?? 0 });
      return;
    }
    if (entry.msg !== 'article loaded') {
      if (entry.level !== 'debug') process.stderr.write(`${line}\n`);
      return;
    }
    loaded += 1;
    if (loaded % 2000 === 0) {
      const seconds = (performance.now() - started) / 1000;
      say(`  ${loaded}/${inputs.length} loaded, ${(loaded / seconds).toFixed(1)} articles/s`);
    }
  });
  const summary = await loadInputs(neo4j, inputs, [], knowledge, progress);
  const seconds = (performance.now() - started) / 1000;
  if (summary.counts.new !== inputs.length) throw new Error(`the step loaded ${summary.describe()}, not ${inputs.length} new articles`);
  // The last batches that hold a tenth of the step, timed from the commit of the batch before them.
  let first = batches.length - 1;
  let articles = batches[first]?.articles ?? 0;
  while (first > 0 && articles < inputs.length / 10) articles += batches[--first]!.articles;
  const windowStart = first > 0 ? batches[first - 1]!.at : started;
  const rateAtEnd = batches.length === 0 ? inputs.length / seconds : articles / ((batches.at(-1)!.at - windowStart) / 1000);
  return { articles: inputs.length, seconds, rate: inputs.length / seconds, rateAtEnd, summary: summary.describe() };
}
