import { distance } from 'fastest-levenshtein';
import { slugify, transliterate } from 'transliteration';
import { normalizeName } from '../../knowledge/normalize-name.ts';
import type { Lexicon } from './lexicon.ts';
import type { ScannedSentence, Span } from './scan-sentence.ts';

/** An organization found by the shape of its name rather than by the knowledge base. */
export interface OrganizationFinding {
  /** Offsets into the article text. */
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly name: string;
  readonly known: boolean;
  readonly organizationKind: string;
  readonly countryId?: string;
  readonly confidence: number;
  /** Token range the finding covers, so that no person is read from it. */
  readonly from: number;
  readonly to: number;
}

const QUOTED = /^\s*["«“„'‘]([^"»”“'’\n]{2,80})["»”“'’]/u;

export function slugId(kind: string, name: string): string {
  const slug = slugify(transliterate(name).replace(/['’`ʼ]/g, ''), { separator: '-', lowercase: true })
    .replace(/[^a-z0-9-]/g, '')
    .replace(/^-+|-+$/g, '');
  return `${kind}:${slug || 'unnamed'}`;
}

function countryOf(span: Span | undefined): string | undefined {
  if (span?.type !== 'entity') return undefined;
  return span.candidates.find((candidate) => candidate.kind === 'country')?.id;
}

/** A knowledge-base organization whose name is within one edit per ten letters of `name`. */
function nearKnownOrganization(lexicon: Lexicon, name: string): { id: string; kind: string; countryId?: string } | undefined {
  const key = normalizeName(name);
  const allowed = Math.floor(key.length / 10);
  return lexicon.knownOrganizations.find((organization) =>
    organization.names.some((candidate) => Math.abs(candidate.length - key.length) <= allowed && distance(candidate, key) <= allowed),
  );
}

/**
 * Organizations by pattern: a legal form before a quoted name (LLP "…", ТОО «…»), capitalized words
 * before a head word ("… Holding", "… University"), and ministries named after a portfolio and a
 * country ("Ministry of Foreign Affairs of Uzbekistan", "Министерство обороны Казахстана", "МИД России").
 */
export function findOrganizations(lexicon: Lexicon, sentence: ScannedSentence): OrganizationFinding[] {
  const found: OrganizationFinding[] = [];
  const { tokens, spans, spanAt, keys } = sentence;
  const text = sentence.sentence.text;
  const base = sentence.sentence.start;
  const tokenEndingAt = (offset: number): number => {
    let at = 0;
    while (at < tokens.length && tokens[at]!.end <= offset) at += 1;
    return at;
  };

  for (const span of spans) {
    if (span.type !== 'cue') continue;
    const cue = span.cues[0]!;
    const last = tokens[span.to - 1]!;

    if (cue.type === 'legal-form') {
      const quoted = QUOTED.exec(text.slice(last.end - base));
      if (quoted === null) continue;
      const name = quoted[1]!.trim();
      const end = last.end + quoted[0].length;
      const nameStart = last.end + quoted[0].indexOf(quoted[1]!);
      const known = nearKnownOrganization(lexicon, name);
      found.push({
        start: tokens[span.from]!.start,
        end,
        id: known?.id ?? slugId('org', name),
        name,
        known: known !== undefined,
        organizationKind: known?.kind ?? 'company',
        ...(known?.countryId === undefined ? {} : { countryId: known.countryId }),
        confidence: known === undefined ? 0.6 : 0.8,
        from: tokenEndingAt(nameStart),
        to: tokenEndingAt(end),
      });
      continue;
    }

    if (cue.type === 'organization-head') {
      let from = span.from;
      while (from > 0 && from > span.from - 4) {
        const previous = tokens[from - 1]!;
        const covering = spanAt[from - 1];
        if (!previous.capitalized || previous.possessive || covering?.type === 'cue' || !/^\s+$/u.test(tokens[from]!.gapBefore)) break;
        if (covering === undefined && lexicon.notNames.has(keys[from - 1]!) && !previous.allCaps) break;
        from -= 1;
      }
      if (from === span.from) continue;
      const start = tokens[from]!.start;
      const name = text.slice(start - base, last.end - base);
      const known = nearKnownOrganization(lexicon, name);
      // "the OIC Ministerial Council", "SCO Council of Foreign Ministers": a body of an organization the base knows,
      // named by it, is read as that organization (its own mention), not as another one.
      const leading = spanAt[from];
      if (known === undefined && leading?.type === 'entity' && leading.candidates.some((candidate) => candidate.kind === 'organization'))
        continue;
      found.push({
        start,
        end: last.end,
        id: known?.id ?? slugId('org', name),
        name,
        known: known !== undefined,
        organizationKind: known?.kind ?? cue.organizationKind,
        ...(known?.countryId === undefined ? {} : { countryId: known.countryId }),
        confidence: known === undefined ? 0.55 : 0.75,
        from,
        to: span.to,
      });
      continue;
    }

    if (cue.type === 'ministry' || cue.type === 'ministry-abbreviation') {
      const ministry = readMinistry(lexicon, sentence, span, cue);
      if (ministry !== undefined) found.push(ministry);
    }
  }
  return found;

  function readMinistry(
    lex: Lexicon,
    s: ScannedSentence,
    span: Span,
    cue: { type: 'ministry'; minister: string } | { type: 'ministry-abbreviation'; officeId: string },
  ): OrganizationFinding | undefined {
    let countryId =
      s.tokens[span.from - 1]?.possessive || /^\s+$/u.test(s.tokens[span.from]!.gapBefore) ? countryOf(s.spanAt[span.from - 1]) : undefined;
    const from = countryId === undefined ? span.from : s.spanAt[span.from - 1]!.from;
    let to = span.to;
    let officeId: string | undefined;
    let portfolio = '';
    if (cue.type === 'ministry-abbreviation') {
      officeId = cue.officeId;
    } else {
      // The portfolio runs from the ministry word to the country: "of Foreign Affairs" / "иностранных дел".
      // A comma right after the ministry word ends it ("по данным министерства, товарооборот …").
      let end = span.to;
      while (
        end < s.tokens.length &&
        end < span.to + 8 &&
        countryOf(s.spanAt[end]) === undefined &&
        s.spanAt[end]?.type !== 'cue' &&
        (end === span.to ? /^\s+$/u : /^[\s,]*$/u).test(s.tokens[end]!.gapBefore)
      )
        end += 1;
      if (end === span.to) return undefined;
      portfolio = text.slice(s.tokens[span.to]!.start - base, s.tokens[end - 1]!.end - base).replace(/\s+(of|of the|for|for the)$/iu, '');
      officeId = lex.officeOf(`${cue.minister} ${portfolio}`);
      to = end;
    }
    // "of Uzbekistan", "of the Republic of Kazakhstan", or a genitive ("Узбекистана", "России").
    let after = to;
    while (after < s.tokens.length && after < to + 2 && lex.complementWords.has(s.keys.slice(to, after + 1).join(' '))) after += 1;
    if (countryId === undefined) {
      const afterCountry = countryOf(s.spanAt[after]);
      if (afterCountry !== undefined && s.spanAt[after]!.from === after) {
        countryId = afterCountry;
        to = s.spanAt[after]!.to;
      }
    }
    if (countryId === undefined) return undefined;
    const code = countryId.split(':')[1]!;
    const portfolioSlug = officeId?.startsWith('office:minister-of-')
      ? officeId.slice('office:minister-of-'.length)
      : slugId('x', portfolio).slice(2);
    const id = `org:${code}-ministry-of-${portfolioSlug}`;
    const known = lex.knowledge.entity(id);
    const office = officeId === undefined ? undefined : lex.knowledge.entity(officeId);
    const country = lex.knowledge.entity(countryId);
    const portfolioName = office?.kind === 'office' ? office.record.names.en[0]!.replace(/^Minister\s+/u, '') : portfolio;
    const countryName = country?.kind === 'country' ? country.record.names.en[0]! : code.toUpperCase();
    return {
      start: s.tokens[from]!.start,
      end: s.tokens[to - 1]!.end,
      id,
      name: known?.kind === 'org' ? known.record.names.en[0]! : `Ministry ${portfolioName} of ${countryName}`,
      known: known !== undefined,
      organizationKind: 'ministry',
      countryId,
      confidence: known === undefined ? 0.6 : 0.8,
      from,
      to,
    };
  }
}
