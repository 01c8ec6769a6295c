import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config/project-root.ts';

interface PageClutterData {
  version: string;
  lineMarkers: Record<string, string[]>;
  prefixMarkers: Record<string, string[]>;
  tailMarkers: Record<string, string[]>;
  creditMarkers: string[];
  authorLabels: string[];
  sourceLabels: string[];
  dateLabels: string[];
  htmlDropClassWords: string[];
}

/** The clutter phrases of data/language/page-clutter.json, lower-cased, all languages together. */
export interface PageClutter {
  readonly version: string;
  readonly lineMarkers: ReadonlySet<string>;
  readonly prefixMarkers: readonly string[];
  readonly tailMarkers: ReadonlySet<string>;
  /** Phrases of a photo credit: a line holding one is a caption. */
  readonly creditMarkers: readonly string[];
  readonly authorLabels: readonly string[];
  readonly sourceLabels: readonly string[];
  readonly dateLabels: readonly string[];
  readonly htmlDropClassWords: ReadonlySet<string>;
}

export const PAGE_CLUTTER_FILE = path.join(PROJECT_ROOT, 'data', 'language', 'page-clutter.json');

function allLanguages(byLanguage: Record<string, string[]>): string[] {
  return Object.values(byLanguage)
    .flat()
    .map((phrase) => phrase.toLowerCase());
}

function loadPageClutter(): PageClutter {
  const data = JSON.parse(readFileSync(PAGE_CLUTTER_FILE, 'utf8')) as PageClutterData;
  return {
    version: data.version,
    lineMarkers: new Set(allLanguages(data.lineMarkers)),
    // Longest first, so that "read more" is tried before "read".
    prefixMarkers: allLanguages(data.prefixMarkers).sort((a, b) => b.length - a.length),
    tailMarkers: new Set(allLanguages(data.tailMarkers)),
    creditMarkers: data.creditMarkers.map((phrase) => phrase.toLowerCase()),
    authorLabels: data.authorLabels.map((label) => label.toLowerCase()),
    sourceLabels: data.sourceLabels.map((label) => label.toLowerCase()),
    dateLabels: data.dateLabels.map((label) => label.toLowerCase()),
    htmlDropClassWords: new Set(data.htmlDropClassWords.map((word) => word.toLowerCase())),
  };
}

export const PAGE_CLUTTER: PageClutter = loadPageClutter();
