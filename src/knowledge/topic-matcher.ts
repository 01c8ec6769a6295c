import type { Topic } from './knowledge-schema.ts';
import { LANGUAGES } from './knowledge-schema.ts';
import { boundedCache } from './bounded-memo.ts';
import { normalizeName } from './normalize-name.ts';
import { matchedAlternative, prefixAlternation } from './prefix-alternation.ts';
import { WORD_CHARACTERS } from './word-characters.ts';

export interface TopicHit {
  readonly topicId: string;
  /** The keyword pattern that matched, as topics.json writes it. */
  readonly keyword: string;
}

export type TopicMatcher = (text: string) => TopicHit[];

/** Distinct matched texts whose keyword a matcher remembers; past that it forgets them all at once. */
const MAX_REMEMBERED_MATCHES = 10_000;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern word ending in * matches any continuation of the word: "безпілотн*" matches "безпілотники". */
function patternBody(pattern: string): string {
  return normalizeName(pattern)
    .split(' ')
    .map((word) => (word.endsWith('*') ? `${escapeRegExp(word.slice(0, -1))}[${WORD_CHARACTERS}']*` : escapeRegExp(word)))
    .join(' ');
}

/**
 * Compiles the keyword patterns of every topic once, into one regular expression; the matcher then
 * lists, for a piece of text (a sentence, say), each topic it touches with the first keyword that
 * matched, in the order of the topics. Text is normalized the same way names are, so case, dashes and
 * apostrophe variants do not matter.
 */
export function compileTopicMatcher(topics: readonly Topic[]): TopicMatcher {
  const keywords = topics.flatMap((topic, topicIndex) =>
    LANGUAGES.flatMap((language) => topic.keywords[language] ?? []).map((keyword) => ({ topicIndex, topicId: topic.id, keyword })),
  );
  if (keywords.length === 0) return () => [];
  // One boundary check shared by all keywords: per-keyword lookarounds made every position cost hundreds of tests.
  const alternation = prefixAlternation(
    keywords.map(({ keyword }, index) => ({ source: patternBody(keyword), value: index })),
    false,
  );
  const expression = (source: string, flags: string) => new RegExp(`(?<![${WORD_CHARACTERS}])(?:${source})(?![${WORD_CHARACTERS}])`, flags);
  // The scan has no capture groups (V8 runs it faster); at each hit the capturing form, tried at that very
  // place, makes the same match and tells which keyword it is.
  const scan = expression(alternation.uncaptured, 'gu');
  const identify = expression(alternation.source, 'uy');
  // Which keyword a match is depends on the matched text alone: the boundary checks stand outside the
  // alternation, the same for every keyword, and no keyword looks around itself, so the keyword is the
  // first (in the alternation's order) that matches exactly that text. Trying the capturing form, whose
  // hundreds of groups V8 sets up at every try, cost more than the scan; a match seen before is looked up.
  const alternativeByMatch = boundedCache<number>(MAX_REMEMBERED_MATCHES);
  const alternativeOf = (text: string, at: number, matched: string): number =>
    alternativeByMatch(matched, () => matchedAlternative(identify, text, at).alternative);
  return (text: string) => {
    const normalized = normalizeName(text);
    // The first keyword of each topic that occurs anywhere, as a per-topic scan would report it.
    const found = new Map<number, { keywordIndex: number; hit: TopicHit }>();
    scan.lastIndex = 0;
    for (let hit = scan.exec(normalized); hit !== null; hit = scan.exec(normalized)) {
      const keywordIndex = alternation.values[alternativeOf(normalized, hit.index, hit[0])]!;
      const keyword = keywords[keywordIndex]!;
      const seen = found.get(keyword.topicIndex);
      if (seen === undefined || keywordIndex < seen.keywordIndex) {
        found.set(keyword.topicIndex, { keywordIndex, hit: { topicId: keyword.topicId, keyword: keyword.keyword } });
      }
      scan.lastIndex = hit.index + 1;
    }
    return [...found.entries()].sort(([a], [b]) => a - b).map(([, { hit }]) => hit);
  };
}
