import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();

/** Each person of a one-sentence Russian article, with the offices it holds. */
function offices(sentence: string): Array<[string, string[]]> {
  const result = extractArticle({ bytes: Buffer.from(sentence, 'utf8'), sourceName: 'ru.txt', metadata: { language: 'ru' } }, knowledge);
  return result.entities
    .filter((entity) => entity.kind === 'person')
    .map((person) => [
      person.name,
      result.offices
        .filter((office) => office.personId === person.id)
        .map((office) => `${office.officeId ?? '-'} ${office.countryId ?? '?'}`),
    ]);
}

describe('a role word before an office title', () => {
  it('makes the person the aide of the office holder, not the holder', () => {
    const [person] = offices('Пресс-секретарь президента Турции Ибрагим Калын прибыл в Астану.');
    expect(person?.[1]).not.toContain('office:president country:tr');
  });

  it('leaves a title with no role word before it the person’s office', () => {
    const [person] = offices('Президент Турции Ибрагим Калын прибыл в Астану.');
    expect(person?.[1]).toContain('office:president country:tr');
  });
});
