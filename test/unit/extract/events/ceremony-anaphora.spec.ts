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

  it('dates that encounter when it says the encounter took place ("өткен")', () => {
    expect(eventsOf(CREDENTIALS, 'kk')).toEqual([expect.objectContaining({ kind: 'meeting', date: '--12-16' })]);
  });

  // en-kazinform-2017-04-22-kazakh-kyrgyz-fms (dev): a later sentence about the meeting that does not say it took
  // place dates something else, the council session.
  it('leaves the encounter undated when the later sentence only adds to it', () => {
    const story = [
      'Minister of Foreign Affairs of the Republic of Kazakhstan Kairat Abdrakhmanov met with his colleague Foreign Affairs Minister of Kyrgyzstan Erlan Abdyldayev in Astana this week.',
      'Kairat Abdrakhmanov and Erlan Abdyldayev also touched upon interaction within the framework of the Eurasian Economic Union and implementation of the agreements reached by the heads of state during the session of the Supreme Eurasian Economic Council in Bishkek on April 14.',
    ].join('\n\n');
    expect(eventsOf(story, 'en')).toEqual([expect.objectContaining({ kind: 'meeting', date: undefined })]);
  });
});
