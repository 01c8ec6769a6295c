/**
 * What a stored extraction was made with: the extractor's rules and the versions of the word lists in
 * data/language it read. Loading compares it with the stored article's, so an upgrade re-reads articles.
 * RULES_VERSION changes with any rule change in src/extract that alters results (the data files carry
 * their own versions, and a fingerprint of their contents catches an edit whose version was not raised).
 */
import { PAGE_CLUTTER } from './clean/page-clutter.ts';
import { extractionDataFingerprint } from './data-fingerprint.ts';
import { DATE_WORDS_VERSION } from './dates/date-words.ts';
import { loadLanguageData } from './entities/language-data.ts';
import { loadEventLexicon } from './events/event-lexicon.ts';

export const RULES_VERSION = '2026.12.08.12';

let cached: string | undefined;

/** "rules 2026.12.05.4; event-words 1.6.0; entity-words 1.1.0; name-declension 1.2.0; page-clutter 1.2.0; date-words 1.1.0; data 3f2a9c01b7de". */
export function extractorVersion(): string {
  if (cached !== undefined) return cached;
  const { words, declension } = loadLanguageData();
  cached = [
    `rules ${RULES_VERSION}`,
    `event-words ${loadEventLexicon().version}`,
    `entity-words ${words.version}`,
    `name-declension ${declension.version}`,
    `page-clutter ${PAGE_CLUTTER.version}`,
    `date-words ${DATE_WORDS_VERSION}`,
    `data ${extractionDataFingerprint()}`,
  ].join('; ');
  return cached;
}
