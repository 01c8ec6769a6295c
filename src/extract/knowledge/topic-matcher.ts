import type { Topic } from './knowledge-schema.ts';
import { LANGUAGES } from './knowledge-schema.ts';
import { normalizeName } from './normalize-name.ts';

export interface TopicHit {
  readonly topicId: string;
  /** The keyword pattern that matched, as topics.json writes it. */
  readonly keyword: string;
}

export type TopicMatcher = (text: string) => TopicHit[];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern word ending in * matches any continuation of the word: "безпілотн*" matches "безпілотники". */
function patternToRegExp(pattern: string): RegExp {
  const words = normalizeName(pattern)
    .split(' ')
    .map((word) => (word.endsWith('*') ? `${escapeRegExp(word.slice(0, -1))}[\\p{L}\\p{N}']*` : escapeRegExp(word)));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join(' ')}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * Compiles the keyword patterns of every topic once; the matcher then lists, for a piece of text (a
 * sentence, say), each topic it touches with the first keyword that matched. Text is normalized the
 * same way names are, so case, dashes and apostrophe variants do not matter.
 */
export function compileTopicMatcher(topics: readonly Topic[]): TopicMatcher {
  const compiled = topics.map((topic) => ({
    topicId: topic.id,
    patterns: LANGUAGES.flatMap((language) => topic.keywords[language] ?? []).map((keyword) => ({ keyword, regExp: patternToRegExp(keyword) })),
  }));
  return (text: string) => {
    const normalized = normalizeName(text);
    return compiled.flatMap(({ topicId, patterns }) => {
      const hit = patterns.find(({ regExp }) => regExp.test(normalized));
      return hit === undefined ? [] : [{ topicId, keyword: hit.keyword }];
    });
  };
}
