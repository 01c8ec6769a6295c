import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();
const eventsOf = (text: string, language: string) =>
  extractArticle({ bytes: new TextEncoder().encode(text), sourceName: `${language}.txt`, metadata: { language } }, knowledge).events.map(
    (event) => ({ kind: event.kind, placeId: event.placeId, date: event.date?.iso, participants: [...event.participantIds].sort() }),
  );

// kk-zakon-2025-12-20-ilyasov-trump-credentials (dev): the credentials are presented, then "the ceremony" is placed.
const CREDENTIALS = [
  'Қазақстанның АҚШ-тағы елшісі Мағжан Ілиясов АҚШ президенті Дональд Трамппен кездесіп, оған сенім грамотасын табыстады, деп хабарлайды Zakon.kz.',
  'Сыртқы істер министрлігінің хабарлауынша, салтанатты рәсім 16 желтоқсанда ел астанасы Вашингтонда өткен.',
].join('\n\n');

describe('a sentence about "the ceremony" of the encounter just reported', () => {
  it('places that encounter (Kazakh "салтанатты рәсім")', () => {
    expect(eventsOf(CREDENTIALS, 'kk')).toEqual([expect.objectContaining({ kind: 'meeting', placeId: 'place:washington' })]);
  });
});
