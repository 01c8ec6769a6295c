import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();

// Our own sentence (unit fixture).
describe('an epithet that names one person alone', () => {
  it('reads "Елбасы" in its case forms as Nursultan Nazarbayev, a participant of his calls', () => {
    const participants = extractArticle(
      {
        bytes: new TextEncoder().encode('Елбасы Өзбекстан Президенті Шавкат Мирзиёевпен телефон арқылы сөйлесті.'),
        sourceName: 'kk.txt',
        metadata: { language: 'kk' },
      },
      knowledge,
    ).events.map((event) => [event.kind, [...event.participantIds].sort()]);
    expect(participants).toEqual([['phone_call', ['person:nursultan-nazarbayev', 'person:shavkat-mirziyoyev']]]);
  });
});
