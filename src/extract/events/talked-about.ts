/**
 * What a sentence only talks about: a quotation of what someone said, and persons named only as a topic of the talk.
 * Neither takes part in the encounter the sentence tells.
 */
import type { KindHit } from './event-status.ts';
import type { SentenceFacts } from './sentence-facts.ts';

/** A quotation: words in quotation marks long enough to be said, not a name ("«Тюркский совет»"). */
const QUOTATION = /«[^«»]{40,}»|“[^“”]{40,}”|"[^"]{40,}"/gu;

/**
 * When a sentence tells an encounter outside a quotation and quotes what someone said, whether an article offset
 * lies inside the quotation: «Биыл 3 қарашада … Ердоған мырзаның сапарын ұйымдастырып …», - деді Нұртілеу … Фиданмен
 * өткен кездесуден кейін: the persons, dates and places of what the speaker said are not those of the meeting after
 * which he said it. Undefined when the sentence has no quotation or tells its encounters only inside it.
 */
export function quotationOf(sentence: SentenceFacts, hits: readonly KindHit[]): ((offset: number) => boolean) | undefined {
  const text = sentence.sentence.text;
  if (!text.includes('"') && !text.includes('«') && !text.includes('“')) return undefined;
  const spans = [...text.matchAll(QUOTATION)].map((match) => [match.index, match.index + match[0].length] as const);
  if (spans.length === 0) return undefined;
  const inside = (position: number) => spans.some(([from, to]) => position >= from && position < to);
  if (hits.every((hit) => inside(hit.start))) return undefined;
  return (offset: number) => inside(offset - sentence.sentence.start);
}

/** The persons a sentence names only inside its quotation (see quotationOf). */
export function quotedOnly(sentence: SentenceFacts, quoted: ((offset: number) => boolean) | undefined): Set<string> {
  const persons = new Set<string>();
  if (quoted === undefined) return persons;
  for (const person of sentence.persons) {
    const mentions = sentence.mentions.filter((mention) => mention.entityId === person);
    if (mentions.length > 0 && mentions.every((mention) => quoted(mention.start))) persons.add(person);
  }
  return persons;
}

/**
 * The persons a sentence names only after the first event word a verb of discussion governs (a topic of the talk,
 * event-status.ts), when the sentence reports a held encounter besides: they are what was talked about.
 */
export function topicPersons(sentence: SentenceFacts, hits: readonly KindHit[]): Set<string> {
  const persons = new Set<string>();
  const topic = hits.find((hit) => hit.reading.startsWith('topic:'));
  if (topic === undefined || !hits.some((hit) => hit.status === 'held' && !hit.reading.startsWith('topic:'))) return persons;
  const from = sentence.sentence.start + topic.start;
  for (const person of sentence.persons) {
    const mentions = sentence.mentions.filter((mention) => mention.entityId === person);
    if (mentions.length > 0 && mentions.every((mention) => mention.start >= from)) persons.add(person);
  }
  return persons;
}
