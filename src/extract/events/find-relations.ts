/**
 * Stated ties between countries and intergovernmental organizations: "accession of the Republic of
 * Belarus to the SCO", "Mongolia, an observer state of the SCO", "Kazakhstan as a member of the CSTO".
 * Each relation word takes the organization nearest after it (else before it) and the countries named
 * between the two (else the nearest country before the word, with those listed with it: "Hungary and
 * Turkmenistan came as observer states"): "... on the accession of Belarus to the SCO was expressed to
 * the Kazakh side" ties Belarus, not Kazakhstan.
 */
import type { Relation } from '../contract/extraction-result.ts';
import type { EntityMention } from '../entities/entity-analysis.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { eventDate } from './event-dates.ts';
import type { SentenceFacts } from './sentence-facts.ts';

/** The more specific word wins when one phrase has several: an observer is not a member. */
const KIND_ORDER: ReadonlyArray<Relation['kind']> = ['accession', 'observer_of', 'candidate_of', 'partner_of', 'member_of'];

/** The mentions on one side of `position`, nearest first. */
function side(mentions: readonly EntityMention[], position: number, direction: 'after' | 'before'): EntityMention[] {
  return direction === 'after'
    ? mentions.filter((mention) => mention.start >= position)
    : mentions.filter((mention) => mention.end <= position).reverse();
}

function nearest(mentions: readonly EntityMention[], position: number, direction: 'after' | 'before'): EntityMention | undefined {
  return side(mentions, position, direction)[0];
}

/** The country nearest before `position`, and the countries listed with it ("Hungary and Turkmenistan"). */
function listBefore(
  text: string,
  offset: number,
  countries: readonly EntityMention[],
  position: number,
  connectors: ReadonlySet<string>,
): EntityMention[] {
  const before = side(countries, position, 'before');
  const listed = before.slice(0, 1);
  for (const mention of before.slice(1)) {
    const gap = text
      .slice(mention.end - offset, listed.at(-1)!.start - offset)
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' ');
    if (!connectors.has(gap)) break;
    listed.push(mention);
  }
  return listed.reverse();
}

export function findRelations(
  facts: readonly SentenceFacts[],
  lexicon: EventLexicon,
  isIntergovernmental: (organizationId: string) => boolean,
): Relation[] {
  const relations: Relation[] = [];
  const seen = new Set<string>();
  for (const sentence of facts) {
    const organizations = sentence.mentions.filter((mention) => mention.kind === 'organization' && isIntergovernmental(mention.entityId));
    const countries = sentence.mentions.filter((mention) => mention.kind === 'country' && mention.describesPersonId === undefined);
    if (organizations.length === 0 || countries.length === 0) continue;
    const hits = lexicon.relations.find(sentence.sentence.text);
    for (const kind of KIND_ORDER) {
      for (const hit of hits.filter((candidate) => candidate.group === kind)) {
        const at = sentence.sentence.start + hit.start;
        const organization = nearest(organizations, at, 'after') ?? nearest(organizations, at, 'before');
        if (organization === undefined) continue;
        const low = Math.min(at, organization.start);
        const high = Math.max(at, organization.start);
        const between = countries.filter((country) => country.start > low && country.start < high);
        const subjects =
          between.length > 0 ? between : listBefore(sentence.sentence.text, sentence.sentence.start, countries, at, lexicon.listConnectors);
        for (const subject of subjects) {
          const key = `${subject.entityId}|${organization.entityId}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const date = eventDate(sentence.dates);
          relations.push({
            kind,
            subjectId: subject.entityId,
            objectId: organization.entityId,
            ...(date ? { date } : {}),
            evidence: { sentence: sentence.sentence.text, start: sentence.sentence.start, end: sentence.sentence.end },
            confidence: between.length > 0 ? 0.8 : 0.65,
          });
        }
      }
    }
  }
  return relations;
}
