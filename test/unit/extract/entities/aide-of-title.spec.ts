import { describe, expect, it } from '@jest/globals';
import { personOffices } from '../../../support/extract-text.ts';

/** Each person of a one-sentence Russian article, with the offices it holds. */
const offices = (sentence: string): Array<[string, string[]]> => personOffices(sentence, 'ru');

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
