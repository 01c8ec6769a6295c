import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../../../src/config/project-root.ts';

/** The real-article gold and its frozen dev/test split (test/fixtures/real/README.md). */
const REAL_ROOT = path.join(PROJECT_ROOT, 'test', 'fixtures', 'real');
const LANGUAGES = ['en', 'ru', 'uk', 'kk'];

interface Source {
  file: string;
  url: string;
  language: string;
  publisher: string;
  published: string;
  split: string;
}

const [header = '', ...rows] = readFileSync(path.join(REAL_ROOT, 'sources.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');
const columns = header.split('\t');
const sources: Source[] = rows.map(
  (line) => Object.fromEntries(columns.map((column, index) => [column, line.split('\t')[index] ?? ''])) as unknown as Source,
);

function filesBelow(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    return statSync(full).isDirectory() ? filesBelow(full) : [full];
  });
}

/** Lower-case words joined by one space, punctuation dropped: the form phrases are compared in. */
const normalized = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

describe('real-article gold: sources.tsv and the frozen split', () => {
  it('has the columns file url language publisher published query split', () => {
    expect(columns).toEqual(['file', 'url', 'language', 'publisher', 'published', 'query', 'split']);
    expect(rows.every((line) => line.split('\t').length === columns.length)).toBe(true);
  });

  it('lists every article file once, each with a gold file, a URL and a split', () => {
    const listed = sources.map((source) => source.file).sort();
    const onDisk = filesBelow(path.join(REAL_ROOT, 'articles'))
      .map((file) => path.relative(REAL_ROOT, file).split(path.sep).join('/'))
      .sort();

    expect(listed).toEqual(onDisk);
    for (const source of sources) {
      const gold = path.join(REAL_ROOT, 'gold', source.language, `${path.basename(source.file).replace(/\.[^.]+$/, '')}.gold.json`);
      expect({ file: source.file, gold: statSync(gold, { throwIfNoEntry: false })?.isFile() ?? false }).toEqual({
        file: source.file,
        gold: true,
      });
      expect(source.url).toMatch(/^https?:\/\//);
      expect(['dev', 'test']).toContain(source.split);
    }
  });

  // Every language keeps at least a third of its articles in `test` (round 11's dev-only articles were
  // balanced by 8 test articles added on 2026-12-07, README).
  it.each(LANGUAGES)('holds at least 15 %s articles, a third or more of them in the test split', (language) => {
    const ofLanguage = sources.filter((source) => source.language === language);
    const test = ofLanguage.filter((source) => source.split === 'test');

    expect(ofLanguage.length).toBeGreaterThanOrEqual(15);
    expect(test.length * 3).toBeGreaterThanOrEqual(ofLanguage.length);
  });

  it('comes from at least 25 publishers', () => {
    expect(new Set(sources.map((source) => source.publisher.toLowerCase())).size).toBeGreaterThanOrEqual(25);
  });

  it('has no phrase of four or more words in data/ that only test-split articles contain (rules learnt from the test split)', () => {
    const textOf = (split: string) =>
      sources
        .filter((source) => source.split === split)
        .map((source) => ({ file: source.file, text: normalized(readFileSync(path.join(REAL_ROOT, source.file), 'utf8')) }));
    const dev = textOf('dev');
    const test = textOf('test');
    const dataFiles = filesBelow(path.join(PROJECT_ROOT, 'data')).filter((file) => file.endsWith('.json'));
    const leaks: string[] = [];
    for (const dataFile of dataFiles) {
      const phrases = new Set(stringsIn(JSON.parse(readFileSync(dataFile, 'utf8'))).map((value) => normalized(value.replaceAll('*', ''))));
      for (const phrase of phrases) {
        if (phrase.trim().split(' ').length < 4 || dev.some((article) => article.text.includes(phrase))) continue;
        const inTest = test.find((article) => article.text.includes(phrase));
        if (inTest) leaks.push(`${path.relative(PROJECT_ROOT, dataFile)}: "${phrase.trim()}" is in ${inTest.file}`);
      }
    }

    expect(leaks).toEqual([]);
  });
});
