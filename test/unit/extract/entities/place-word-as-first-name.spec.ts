import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const names = (text: string, language: string, kind: string): string[] =>
  extractText(text, language)
    .entities.filter((entity) => entity.kind === kind)
    .map((entity) => entity.name);

// "Бағдат" is Baghdad and a common Kazakh first name. After a title, a place word in its nominative right before
// a surname is the first name, or the Turkic Council's secretary general was lost and Baghdad put in his place.
describe('a place word after a title and before a surname', () => {
  const sentence = 'Президент Түркітілдес мемлекеттер ынтымақтастығы кеңесінің Бас хатшысы Бағдат Әміреевті қабылдады.';

  it('is the first name of the person (real sentence, Qazaqstan TV)', () => {
    expect(names(sentence, 'kk', 'person')).toContain('Бағдат Әміреев');
  });

  it('is no place then', () => {
    expect(names(sentence, 'kk', 'place')).not.toContain('Baghdad');
  });

  it('stays a place in the genitive after a title ("мэр Москвы Собянин")', () => {
    expect(names('Мэр Москвы Собянин встретился с послом Казахстана.', 'ru', 'place')).toContain('Moscow');
  });

  it('stays a place when the word after it is no surname ("акима Алматы Ерболата …")', () => {
    expect(names('Токаев принял акима Алматы Ерболата Досаева.', 'ru', 'place')).toContain('Almaty');
  });
});
