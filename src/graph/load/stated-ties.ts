import type { ArticleGraphRows } from './graph-rows.ts';

/**
 * Relationships many articles state again and again (a person represents a country, a place lies in one,
 * an office, a membership) get one support record per stating article (SUPPORTS, see
 * src/graph/load/README.md "Provenance"), and offices and memberships also keep values over all their
 * statements (the latest as-of date, the last status stated). The rows of several articles are grouped
 * here by relationship: one row per relationship with the sources, sentences and offsets of all its
 * statements in article order, so that each relationship is merged, and its values set, once per batch,
 * as writing each article's rows in turn would set them.
 */
export interface TieRow {
  sources: string[];
  sentences: string[];
  starts: number[];
  ends: number[];
}

export interface LinkTieRow extends TieRow {
  fromId: string;
  countryId: string;
}

export interface OfficeTieRow extends TieRow {
  personId: string;
  holderId: string | null;
  title: string;
  /** The last officeId stated (null when none was): it replaces the stored one. */
  officeId: string | null;
  /** The last as-of date stated (null when none was): it replaces the stored one. */
  asOf: string | null;
  /** The highest confidence stated. */
  confidence: number;
}

export interface MembershipTieRow extends TieRow {
  countryId: string;
  organizationId: string;
  /** Every status stated, in article order (the last is what an article-supported relationship shows). */
  statuses: string[];
}

export interface StatedTies {
  links: { place: LinkTieRow[]; organization: LinkTieRow[]; person: LinkTieRow[] };
  offices: OfficeTieRow[];
  memberships: MembershipTieRow[];
}

/** Rows grouped by a key, in order of first appearance. */
function grouped<T, R extends TieRow>(
  items: Iterable<{ articleId: string; item: T }>,
  key: (item: T) => string,
  start: (item: T) => R,
  add: (row: R, item: T) => void,
  evidence: (item: T) => { sentence: string; start: number; end: number },
): R[] {
  const rows = new Map<string, R>();
  for (const { articleId, item } of items) {
    const id = key(item);
    let row = rows.get(id);
    if (row === undefined) {
      row = start(item);
      rows.set(id, row);
    } else {
      add(row, item);
    }
    const { sentence, start: from, end } = evidence(item);
    row.sources.push(articleId);
    row.sentences.push(sentence);
    row.starts.push(from);
    row.ends.push(end);
  }
  return [...rows.values()];
}

function* each<T>(
  articles: readonly ArticleGraphRows[],
  items: (article: ArticleGraphRows) => readonly T[],
): Generator<{ articleId: string; item: T }> {
  for (const article of articles) for (const item of items(article)) yield { articleId: article.articleId, item };
}

const noTie = (): TieRow => ({ sources: [], sentences: [], starts: [], ends: [] });

/** The links, offices and memberships of the articles (in load order), one row per relationship. */
export function statedTies(articles: readonly ArticleGraphRows[]): StatedTies {
  type Link = ArticleGraphRows['links']['place'][number];
  const links = (kind: keyof ArticleGraphRows['links']): LinkTieRow[] =>
    grouped<Link, LinkTieRow>(
      each(articles, (article) => article.links[kind]),
      (link) => `${link.fromId}\u001f${link.countryId}`,
      (link) => ({ fromId: link.fromId, countryId: link.countryId, ...noTie() }),
      () => undefined,
      (link) => link,
    );

  type Office = ArticleGraphRows['offices'][number];
  const offices = grouped<Office, OfficeTieRow>(
    each(articles, (article) => article.offices),
    (office) => `${office.personId}\u001f${office.holderId}\u001f${office.title}`,
    (office) => ({
      personId: office.personId,
      holderId: office.holderId,
      title: office.title,
      officeId: office.officeId,
      asOf: office.asOf,
      confidence: office.confidence,
      ...noTie(),
    }),
    (row, office) => {
      row.officeId = office.officeId ?? row.officeId;
      // The latest date wins, whatever order the articles came in: ISO dates compare as strings.
      if (office.asOf !== null && (row.asOf === null || office.asOf > row.asOf)) row.asOf = office.asOf;
      row.confidence = Math.max(row.confidence, office.confidence);
    },
    (office) => office,
  );

  type Membership = ArticleGraphRows['memberships'][number];
  const memberships = grouped<Membership, MembershipTieRow>(
    each(articles, (article) => article.memberships),
    (membership) => `${membership.countryId}\u001f${membership.organizationId}`,
    (membership) => ({
      countryId: membership.countryId,
      organizationId: membership.organizationId,
      statuses: [membership.status],
      ...noTie(),
    }),
    (row, membership) => void row.statuses.push(membership.status),
    (membership) => membership,
  );

  return { links: { place: links('place'), organization: links('organization'), person: links('person') }, offices, memberships };
}
