import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseGenerateArguments } from '../../../../src/cli/commands/generate.ts';
import { writeCorpus } from '../../../../src/cli/generate/write-corpus.ts';
import { UsageError } from '../../../../src/cli/usage-error.ts';
import { corpusArticles } from '../../../../src/corpus/generate-corpus.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'diplograph-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const knowledge = loadKnowledgeBase();

function filesOf(folder: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(path.join(folder, name))]));
}

describe('writeCorpus', () => {
  it('writes byte-identical files for the same seed and count', async () => {
    const first = path.join(scratch, 'first');
    const second = path.join(scratch, 'second');
    await writeCorpus(first, corpusArticles({ count: 150, seed: 9, knowledge }));
    await writeCorpus(second, corpusArticles({ count: 150, seed: 9, knowledge }));

    const written = filesOf(first);
    expect(Object.keys(written)).toHaveLength(150);
    expect(filesOf(second)).toEqual(written);
  });

  it('refuses a folder that already holds files, so runs never mix', async () => {
    const used = path.join(scratch, 'used');
    await writeCorpus(used, corpusArticles({ count: 3, seed: 1, knowledge }));
    writeFileSync(path.join(used, 'extra.txt'), 'x');

    await expect(writeCorpus(used, corpusArticles({ count: 3, seed: 2, knowledge }))).rejects.toThrow('is not empty');
    expect(readdirSync(used)).toHaveLength(4);
  });
});

describe('parseGenerateArguments', () => {
  it('reads count, seed and folder, with seed 1 when none is given', () => {
    expect(parseGenerateArguments(['--count', '10', '--seed', '42', '--out', '/tmp/x'])).toEqual({ count: 10, seed: 42, out: '/tmp/x' });
    expect(parseGenerateArguments(['--count=5', '--out=/tmp/y'])).toEqual({ count: 5, seed: 1, out: '/tmp/y' });
  });

  it.each([
    [['--seed', '1', '--out', '/tmp/x'], 'needs --count'],
    [['--count', '10'], 'needs --out'],
    [['--count', 'ten', '--out', '/tmp/x'], '--count must be a whole number'],
    [['--count', '0', '--out', '/tmp/x'], '--count must be a whole number'],
    [['--count', '10', '--seed', '1.5', '--out', '/tmp/x'], '--seed must be a whole number'],
    [['--count', '10', '--out', '/tmp/x', '--colour', 'red'], 'generate: Unknown option'],
  ])('explains what is wrong with %j', (args, message) => {
    expect(() => parseGenerateArguments(args)).toThrow(UsageError);
    expect(() => parseGenerateArguments(args)).toThrow(message);
  });
});
