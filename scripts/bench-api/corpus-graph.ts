import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { collectInputs } from '../../src/cli/load/collect-inputs.ts';
import { ARTICLE_EXTENSIONS } from '../../src/cli/load/extraction-from-input.ts';
import { loadInputs } from '../../src/cli/load/load-inputs.ts';
import { writeCorpus } from '../../src/cli/generate/write-corpus.ts';
import { prepareGraph } from '../../src/cli/prepare-graph.ts';
import { NEO4J_LOCAL_VERSION } from '../../src/config/config.ts';
import { PROJECT_ROOT } from '../../src/config/project-root.ts';
import { corpusArticles } from '../../src/corpus/generate-corpus.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge.ts';
import { readCypher } from '../../src/graph/cypher-files.ts';
import { createLogger } from '../../src/log/logger.ts';
import { countNodes, deleteAllData } from '../../test/support/test-database.ts';

/** What made the graph: a graph recorded with the same values is reused as it is. */
export interface CorpusMarker {
  count: number;
  seed: number;
  knowledgeBaseVersion: string;
  /** sha256 over the generator, extraction, loader and knowledge base files (see FINGERPRINTED). */
  fingerprint: string;
  articles: number;
  loadSeconds: number;
}

/** The code and data whose change changes the graph of a generated corpus. */
const FINGERPRINTED = ['src/corpus', 'src/extract', 'src/graph/load', 'cypher/load', 'data/knowledge'];

function filesBelow(directory: string): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((entry) => {
      const full = path.join(directory, entry);
      return statSync(full).isDirectory() ? filesBelow(full) : [full];
    });
}

export function corpusFingerprint(): string {
  const hash = createHash('sha256').update(`neo4j ${NEO4J_LOCAL_VERSION}\n`);
  for (const file of FINGERPRINTED.flatMap((folder) => filesBelow(path.join(PROJECT_ROOT, folder)))) {
    hash.update(`${path.relative(PROJECT_ROOT, file)}\n`).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

async function readMarker(driver: Driver, database: string): Promise<Partial<CorpusMarker> | undefined> {
  const { records } = await driver.executeQuery(readCypher('bench/corpus-marker'), {}, { database });
  return records[0]?.get('marker') as Partial<CorpusMarker> | undefined;
}

/**
 * Makes sure the database holds exactly the graph of `count` generated articles (seed `seed`): schema
 * migrations and reference data first (as `start` does), then, unless the database records that it holds
 * this very corpus (same count, seed and fingerprint, and that many articles), it is emptied, the corpus
 * is generated into `corpusFolder` and loaded with the loader `diplograph load` uses, one transaction per
 * article. Progress goes to stderr.
 */
export async function ensureCorpusGraph(
  neo4j: { driver: Driver; database: string },
  options: { count: number; seed: number; corpusFolder: string; fresh: boolean },
  say: (line: string) => void,
): Promise<CorpusMarker> {
  const quiet = createLogger('warn', {}, (line) => process.stderr.write(`${line}\n`));
  const knowledge = loadKnowledgeBase();
  const wanted = { count: options.count, seed: options.seed, knowledgeBaseVersion: knowledge.version, fingerprint: corpusFingerprint() };

  await prepareGraph(neo4j.driver, neo4j.database, quiet);
  const marker = await readMarker(neo4j.driver, neo4j.database);
  if (
    !options.fresh &&
    marker?.count === wanted.count &&
    marker.seed === wanted.seed &&
    marker.knowledgeBaseVersion === wanted.knowledgeBaseVersion &&
    marker.fingerprint === wanted.fingerprint &&
    marker.articles === (await countNodes(neo4j.driver, neo4j.database, 'Article'))
  ) {
    say(
      `graph: reusing the loaded corpus (${marker.count} articles, seed ${marker.seed}, fingerprint ${marker.fingerprint}, ${marker.articles} article nodes, loaded in ${marker.loadSeconds} s)`,
    );
    return marker as CorpusMarker;
  }

  say(
    marker === undefined
      ? 'graph: no recorded corpus in the database; loading it'
      : `graph: the database holds another corpus or version (${JSON.stringify(marker)}); emptying it and loading again`,
  );
  await deleteAllData(neo4j.driver, neo4j.database);
  await prepareGraph(neo4j.driver, neo4j.database, quiet);

  await rm(options.corpusFolder, { recursive: true, force: true });
  const { written } = await writeCorpus(options.corpusFolder, corpusArticles({ count: options.count, seed: options.seed, knowledge }));
  say(`graph: ${written} articles generated (seed ${options.seed}) in ${options.corpusFolder}; loading them in batches (diplograph load)`);

  const started = performance.now();
  let loaded = 0;
  const progress = createLogger('info', {}, (line) => {
    const entry = JSON.parse(line) as { msg: string };
    if (entry.msg === 'article loaded') {
      loaded += 1;
      if (loaded % 500 === 0) {
        const seconds = (performance.now() - started) / 1000;
        say(
          `graph: ${loaded}/${written} loaded, ${(loaded / seconds).toFixed(1)} articles/s, about ${Math.round(((written - loaded) * seconds) / loaded)} s to go`,
        );
      }
    } else if (entry.msg !== 'article loaded') {
      process.stderr.write(`${line}\n`);
    }
  });
  const { inputs, problems } = await collectInputs([options.corpusFolder], ARTICLE_EXTENSIONS);
  const summary = await loadInputs(neo4j, inputs, problems, knowledge, progress);
  const loadSeconds = Math.round((performance.now() - started) / 1000);
  say(`graph: ${summary.describe()} in ${loadSeconds} s`);
  if (summary.counts.new + summary.counts.unchanged + summary.counts.updated === 0)
    throw new Error('no article of the corpus could be loaded');

  const recorded: CorpusMarker = { ...wanted, articles: await countNodes(neo4j.driver, neo4j.database, 'Article'), loadSeconds };
  await neo4j.driver.executeQuery(readCypher('bench/record-corpus-marker'), { marker: recorded }, { database: neo4j.database });
  await rm(options.corpusFolder, { recursive: true, force: true });
  return recorded;
}
