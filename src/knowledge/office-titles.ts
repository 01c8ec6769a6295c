import type { KnowledgeBase } from './knowledge-base.ts';
import { LANGUAGES, type OfficeQualifier } from './knowledge-schema.ts';
import { normalizeName } from './normalize-name.ts';

export interface OfficeTitleMatch {
  readonly officeId: string;
  /** Qualifiers read off the front of the title, outermost first: "Acting First Deputy ..." gives acting, first-deputy. */
  readonly qualifiers: ReadonlyArray<OfficeQualifier['id']>;
}

const DEPUTY_QUALIFIERS: ReadonlySet<OfficeQualifier['id']> = new Set(['deputy', 'first-deputy']);

function markersLongestFirst(qualifiers: readonly OfficeQualifier[]): Array<{ id: OfficeQualifier['id']; key: string }> {
  return qualifiers
    .flatMap((qualifier) =>
      LANGUAGES.flatMap((language) =>
        (qualifier.markers[language] ?? []).map((marker) => ({ id: qualifier.id, key: normalizeName(marker) })),
      ),
    )
    .sort((a, b) => b.key.length - a.key.length);
}

/**
 * The office a title with these qualifiers names: a deputy qualifier moves to the office's deputyOfficeId,
 * and an office without one has no canonical deputy ("Deputy Chairman of the Senate" is not the Chairman),
 * so there is none. Other qualifiers (acting, former) leave the office as it is.
 */
export function qualifiedOffice(
  knowledge: KnowledgeBase,
  officeId: string,
  qualifiers: ReadonlyArray<OfficeQualifier['id']>,
): string | undefined {
  if (!qualifiers.some((id) => DEPUTY_QUALIFIERS.has(id))) return officeId;
  const office = knowledge.entity(officeId);
  return office?.kind === 'office' ? office.record.deputyOfficeId : undefined;
}

/**
 * Maps a title as an article states it to a canonical office. A title the base lists as written wins;
 * otherwise leading qualifier words are peeled off ("Deputy National Defense Minister" is deputy +
 * "National Defense Minister") and a deputy qualifier moves to the office's deputyOfficeId; the deputy of
 * an office that has no deputy office resolves to nothing.
 */
export function resolveOfficeTitle(knowledge: KnowledgeBase, title: string): OfficeTitleMatch | undefined {
  const markers = markersLongestFirst(knowledge.officeQualifiers);
  const qualifiers: Array<OfficeQualifier['id']> = [];
  let rest = normalizeName(title);
  for (;;) {
    const ids = knowledge.officeTitles.lookup(rest).ids;
    if (ids.length === 1) {
      const officeId = qualifiedOffice(knowledge, ids[0]!, qualifiers);
      return officeId === undefined ? undefined : { officeId, qualifiers };
    }
    const marker = markers.find((candidate) => rest.startsWith(`${candidate.key} `));
    if (marker === undefined) return undefined;
    qualifiers.push(marker.id);
    rest = rest.slice(marker.key.length + 1);
  }
}
