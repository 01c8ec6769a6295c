import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { collectInputs } from '../../src/cli/load/collect-inputs.ts';
import { ARTICLE_EXTENSIONS } from '../../src/cli/load/extraction-from-input.ts';
import { loadInputs } from '../../src/cli/load/load-inputs.ts';
import { prepareGraph } from '../../src/cli/prepare-graph.ts';
import { PROJECT_ROOT } from '../../src/config/project-root.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge.ts';
import { silentLogger } from '../../src/log/logger.ts';

export const SAMPLES_FOLDER = path.join(PROJECT_ROOT, 'data', 'samples');

/** The sample articles loaded as `npm start` loads them: schema, reference data, then extraction and writing. */
export async function loadSampleArticles(driver: Driver, database: string, files: readonly string[] = [SAMPLES_FOLDER]) {
  await prepareGraph(driver, database, silentLogger);
  const { inputs, problems } = await collectInputs(files, ARTICLE_EXTENSIONS);
  return loadInputs({ driver, database }, inputs, problems, loadKnowledgeBase(), silentLogger);
}
