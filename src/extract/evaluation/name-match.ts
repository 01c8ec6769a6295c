/**
 * Whether two spellings name the same person or organization for scoring: "Kassym-Jomart Tokayev",
 * "Касым-Жомарт Токаев" and "Kasym-Zhomart Tokaev" must meet, "Tokayev" and "Erdoğan" must not.
 *
 * Names are brought to Latin script (transliteration), normalized as the knowledge base does, then
 * reduced to a skeleton that forgets the choices romanizations differ on (zh/j, kh/h, doubled letters,
 * y/i); what is left may differ by a small edit distance that grows with the name's length.
 */
import { distance } from 'fastest-levenshtein';
import { transliterate } from 'transliteration';
import { normalizeName } from '../../knowledge/normalize-name.ts';

const SKELETON_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/['`]/g, ''],
  [/[^a-z0-9 ]/g, ' '],
  [/y(?=[aeiou])/g, ''],
  [/dzh|zh|dj/g, 'j'],
  [/kh/g, 'h'],
  [/ts|tz/g, 'c'],
  [/sch|shch|sh|ch/g, 's'],
  [/w/g, 'v'],
  [/ie/g, 'e'],
  [/iu/g, 'u'],
  [/ia/g, 'a'],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'],
  [/\s+/g, ' '],
];

/** The Latin, normalized, romanization-blind form a name is compared in. */
export function nameSkeleton(name: string): string {
  let key = normalizeName(transliterate(normalizeName(name)));
  for (const [pattern, replacement] of SKELETON_RULES) key = key.replace(pattern, replacement);
  return key.trim();
}

/** Edits allowed between two skeletons: none for short names, about one in seven characters beyond. */
function tolerance(length: number): number {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  return Math.min(3, Math.floor(length / 7));
}

export function skeletonsMatch(first: string, second: string): boolean {
  if (first === '' || second === '') return false;
  if (first === second) return true;
  return distance(first, second) <= tolerance(Math.min(first.length, second.length));
}

/** True when any spelling of the first list matches any spelling of the second. */
export function anyNameMatches(first: readonly string[], second: readonly string[]): boolean {
  const secondSkeletons = second.map(nameSkeleton);
  return first.map(nameSkeleton).some((one) => secondSkeletons.some((other) => skeletonsMatch(one, other)));
}
