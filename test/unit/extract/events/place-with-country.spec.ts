import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();

describe('a place named with its country beside it', () => {
  // ru-profinansy (dev): the dateline names where the story was filed, the second sentence where the diplomats met.
  const story = [
    'Астана. 30 июня. ИНТЕРФАКС-КАЗАХСТАН - Вице-премьер - глава МИД Казахстана Мурат Нуртлеу и министр иностранных дел России Сергей Лавров обсудили состояние и перспективы развития казахстанско-российского сотрудничества, сообщила в понедельник пресс-служба казахстанского внешнеполитического ведомства.',
    'Встреча дипломатов состоялась в Чолпан-Ате (Киргизия) накануне заседания Совета министров иностранных дел Организации Договора о коллективной безопасности (ОДКБ).',
  ].join('\n');

  it('places the meeting in the city the text names ("в Чолпан-Ате (Киргизия)"), not in the dateline city, and the country in brackets takes no part', () => {
    const result = extractArticle(
      { bytes: new TextEncoder().encode(story), sourceName: 'ru.txt', metadata: { language: 'ru' } },
      knowledge,
    );
    expect(result.events.map((event) => [event.placeId, [...event.participantIds].sort()])).toEqual([
      ['place:cholpon-ata', ['person:murat-nurtleu', 'person:sergey-lavrov']],
    ]);
  });
});
