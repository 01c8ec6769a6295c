/**
 * Topics become entities of the result only when an event or agreement is about them; their mentions
 * are the sentences whose keywords matched.
 */
import type { Entity } from '../contract/extraction-result.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import type { SentenceFacts } from './sentence-facts.ts';

export function topicEntities(facts: readonly SentenceFacts[], used: ReadonlySet<string>, knowledge: KnowledgeBase): Entity[] {
  return [...used].sort().flatMap((topicId) => {
    const known = knowledge.entity(topicId);
    const mentions = facts
      .filter((sentence) => sentence.topics.includes(topicId))
      .map(({ sentence }) => ({ sentence: sentence.text, start: sentence.start, end: sentence.end }));
    if (known?.kind !== 'topic' || mentions.length === 0) return [];
    const names = Object.values(known.record.names).flat();
    return [
      {
        id: topicId,
        kind: 'topic' as const,
        name: known.record.names.en[0]!,
        aliases: names.slice(1),
        known: true,
        mentions,
        confidence: 0.7,
      },
    ];
  });
}
