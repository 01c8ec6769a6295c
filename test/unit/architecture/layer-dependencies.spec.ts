import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../../src/config/project-root.ts';

const SRC = path.join(PROJECT_ROOT, 'src');

/**
 * Data flows one way: text -> facts (extract) -> graph -> API, with the CLI on top. A layer may import
 * itself and the layers listed for it; config and log are shared by all.
 */
const ALLOWED: Record<string, string[]> = {
  config: [],
  log: [],
  // Domain knowledge (countries, persons, offices ... and their names), read by every layer below.
  knowledge: ['config'],
  extract: ['config', 'knowledge'],
  graph: ['config', 'log', 'knowledge', 'extract'],
  api: ['config', 'log', 'knowledge', 'graph', 'extract'],
  // The synthetic corpus generator reads the knowledge base; only the CLI (and scripts/) use it.
  corpus: ['knowledge'],
  cli: ['config', 'log', 'knowledge', 'graph', 'api', 'extract', 'corpus'],
};

/** Parts of a layer another layer may use, where it may not use the whole. */
const ALLOWED_PARTS: Record<string, Record<string, string[]>> = {};

function typeScriptFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    return statSync(full).isDirectory() ? typeScriptFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

function layerOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0]!;
}

describe('module layers', () => {
  it('has only the known top-level folders under src/', () => {
    const layers = readdirSync(SRC).filter((entry) => statSync(path.join(SRC, entry)).isDirectory());

    expect(layers.filter((layer) => !(layer in ALLOWED))).toEqual([]);
  });

  it('never imports against the flow text -> facts -> graph -> API', () => {
    const violations: string[] = [];
    for (const file of typeScriptFiles(SRC)) {
      const from = layerOf(file);
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
        const target = path.resolve(path.dirname(file), match[1]!);
        if (!target.startsWith(SRC)) continue;
        const to = layerOf(target);
        if (to !== from && !ALLOWED[from]?.includes(to)) violations.push(`${path.relative(PROJECT_ROOT, file)} imports ${to}`);
        const parts = ALLOWED_PARTS[from]?.[to];
        const part = path.relative(SRC, target).split(path.sep).slice(0, 2).join('/');
        if (parts !== undefined && !parts.includes(part)) violations.push(`${path.relative(PROJECT_ROOT, file)} imports ${part}`);
      }
    }

    expect(violations).toEqual([]);
  });

  it('keeps extraction pure: no database driver, HTTP server or file writing under src/extract', () => {
    const impure = typeScriptFiles(path.join(SRC, 'extract')).filter((file) =>
      /from '(neo4j-driver|graphql-yoga|node:http)'|writeFile/.test(readFileSync(file, 'utf8')),
    );

    expect(impure).toEqual([]);
  });
});
