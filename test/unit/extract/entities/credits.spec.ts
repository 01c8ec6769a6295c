import { describe, expect, it } from '@jest/globals';
import { creditRanges } from '../../../../src/extract/entities/credits.ts';
import { analyzeText, idsOfKind } from '../../../support/entity-analysis.ts';

describe('who reports is not who acts', () => {
  it('finds the bracketed credit and the dateline that open a wire story', () => {
    const text =
      'TASHKENT, (UrduPoint / Pakistan Point News - 12th Oct, 2022) Uzbek President Shavkat Mirziyoyev met Kassym-Jomart Tokayev.';
    const [credit] = creditRanges(text);
    expect(text.slice(credit![0], credit![1])).toBe('(UrduPoint / Pakistan Point News - 12th Oct, 2022)');
    expect(creditRanges('ASTANA. KAZINFORM – Kassym-Jomart Tokayev received the delegation.')).toEqual([
      [0, 'ASTANA. KAZINFORM – '.length],
    ]);
    expect(creditRanges('Tokayev met Mirziyoyev (the two leaders last met in May) in Tashkent.')).toEqual([]);
  });

  it('takes no country from a publisher’s credit', () => {
    const analysis = analyzeText(
      'TASHKENT, (UrduPoint / Pakistan Point News - 12th Oct, 2022) Uzbek President Shavkat Mirziyoyev met Kazakh President Kassym-Jomart Tokayev in Tashkent.',
      'en',
    );
    expect(idsOfKind(analysis, 'country')).not.toContain('country:pk');
    expect(idsOfKind(analysis, 'person')).toEqual(['person:shavkat-mirziyoyev', 'person:kassym-jomart-tokayev']);
  });

  it('makes no organization of a news agency that reports the story', () => {
    const analysis = analyzeText(
      'Президент Казахстана Касым-Жомарт Токаев встретился с Президентом Турции Реджепом Тайипом Эрдоганом, сообщает Казинформ со ссылкой на ТАСС.',
      'ru',
    );
    expect(idsOfKind(analysis, 'organization')).toEqual([]);
    expect(idsOfKind(analysis, 'person')).toEqual(['person:kassym-jomart-tokayev', 'person:recep-tayyip-erdogan']);
  });
});
