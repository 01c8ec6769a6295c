/**
 * Stated ties between countries and intergovernmental organizations: "accession of the Republic of
 * Belarus to the SCO", "Mongolia, an observer state of the SCO", "Kazakhstan as a member of the CSTO".
 * Only a sentence that names both sides and a relation word yields one.
 */
import type { Relation } from '../contract/extraction-result.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { eventDate } from './build-events.ts';
import type { SentenceFacts } from './sentence-facts.ts';

/** The more specific word wins when a sentence has several: an observer is not a member. */
const KIND_ORDER: readonly Relation['kind'][] = ['accession', 'observer_of', 'candidate_of', 'partner_of', 'member_of'];

export function findRelations(
  facts: readonly SentenceFacts[],
  lexicon: EventLexicon,
  isIntergovernmental: (organizationId: string) => boolean,
): Relation[] {
  const relations: Relation[] = [];
  for (const sentence of facts) {
    const organizations = sentence.organizations.filter(isIntergovernmental);
    if (organizations.length === 0 || sentence.countries.length === 0) continue;
    const kinds = new Set(lexicon.relations.find(sentence.sentence.text).map((hit) => hit.group));
    const kind = KIND_ORDER.find((candidate) => kinds.has(candidate));
    if (kind === undefined) continue;
    const date = eventDate(sentence.dates);
    for (const subjectId of sentence.countries) {
      for (const objectId of organizations) {
        relations.push({
          kind,
          subjectId,
          objectId,
          ...(date ? { date } : {}),
          evidence: { sentence: sentence.sentence.text, start: sentence.sentence.start, end: sentence.sentence.end },
          confidence: sentence.countries.length === 1 && organizations.length === 1 ? 0.8 : 0.6,
        });
      }
    }
  }
  return relations;
}
