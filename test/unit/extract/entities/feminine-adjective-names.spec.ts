import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const organizationIds = (text: string, language: string): string[] =>
  extractText(text, language)
    .entities.filter((entity) => entity.kind === 'organization')
    .map((entity) => entity.id);

// A feminine adjective's case forms return to the masculine lemma, as its nominative does: the name
// "Генеральная Ассамблея ООН" and the text's "Генеральной Ассамблеи ООН" meet at the same words.
describe('a name that begins with a feminine adjective, in a case form', () => {
  it('is the organization in Russian (real sentence, 360.ru)', () => {
    expect(organizationIds('Политики пообщались на полях 80-й сессии Генеральной Ассамблеи ООН в Нью-Йорке.', 'ru')).toContain('org:unga');
  });

  it('is the organization in Ukrainian (real sentence, president.gov.ua)', () => {
    expect(
      organizationIds(
        'Президент України Володимир Зеленський прибув у Нью-Йорк для участі в заходах із нагоди 80-ї сесії Генеральної Асамблеї ООН.',
        'uk',
      ),
    ).toContain('org:unga');
  });

  it('is still the organization in its nominative', () => {
    expect(organizationIds('Генеральная Ассамблея ООН открылась в Нью-Йорке.', 'ru')).toContain('org:unga');
  });
});
