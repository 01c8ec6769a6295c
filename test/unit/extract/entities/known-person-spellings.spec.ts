import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const personIds = (text: string): string[] =>
  extractText(text, 'en')
    .entities.filter((entity) => entity.kind === 'person')
    .map((entity) => entity.id);

// Kyrgyz outlets spell Tokayev's first name "Kassym-Joomart" and Afghanistan's president "Ashraf Gani Ahmadzai"; the
// first became a person "Joomart Tokayev", the second Pakistan's Raja Pervaiz Ashraf by his surname (knowledge 1.7.11;
// real sentence, For.kg, dev split).
describe('spellings of known persons in Kyrgyz outlets', () => {
  it('are the known persons', () => {
    const ids = personIds(
      'All the countries’ leaders, in particular, Russian President Vladimir Putin, Kazakhstan Kassym-Joomart Tokayev, Uzbekistan Shavkat Mirziyoyev, Mongolia Khaltmaagiin Battulga, Afghanistan Ashraf Gani Ahmadzai, have already arrived in Bishkek.',
    );
    expect(ids).toEqual(expect.arrayContaining(['person:kassym-jomart-tokayev', 'person:ashraf-ghani']));
    expect(ids).not.toContain('person:raja-pervaiz-ashraf');
  });
});
