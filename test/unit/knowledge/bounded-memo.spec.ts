import { describe, expect, it } from '@jest/globals';
import { boundedCache, boundedMemo } from '../../../src/knowledge/bounded-memo.ts';

describe('boundedMemo', () => {
  it('computes each key once and gives the same answer again', () => {
    const asked: string[] = [];
    const upper = boundedMemo((key: string) => {
      asked.push(key);
      return { upper: key.toUpperCase() };
    });

    const first = upper('astana');
    expect(upper('astana')).toBe(first);
    expect(upper('almaty')).toEqual({ upper: 'ALMATY' });
    expect(asked).toEqual(['astana', 'almaty']);
  });

  it('forgets every answer once it holds its limit, and computes them again', () => {
    const asked: string[] = [];
    const length = boundedMemo((key: string) => {
      asked.push(key);
      return key.length;
    }, 2);

    for (const key of ['a', 'bb', 'a', 'ccc', 'a']) length(key);
    // 'ccc' found the map full (a, bb): all were forgotten, so 'a' is computed again after it.
    expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
  });

  it('keeps an undefined answer too, so a key with no answer is computed once', () => {
    const asked: string[] = [];
    const officeOf = boundedMemo((title: string): string | undefined => {
      asked.push(title);
      return title === 'President' ? 'office:president' : undefined;
    });

    for (const title of ['Chef', 'President', 'Chef', 'President']) officeOf(title);
    expect(officeOf('Chef')).toBeUndefined();
    expect(asked).toEqual(['Chef', 'President']);
  });
});

describe('boundedCache', () => {
  it('runs the work given with a key only the first time the key is asked, within its limit', () => {
    const remembered = boundedCache<number>(2);
    let runs = 0;
    const lengthAt = (text: string, at: number) =>
      remembered(text.slice(at), () => {
        runs += 1;
        return text.length - at;
      });

    expect(lengthAt('Astana', 2)).toBe(4);
    expect(lengthAt('Kazakhstan', 6)).toBe(4);
    expect(lengthAt('Astana', 2)).toBe(4);
    expect(runs).toBe(2);
    lengthAt('Almaty', 0);
    lengthAt('Astana', 2);
    // 'Almaty' found the store full: both answers were forgotten, so 'tana' is worked out again.
    expect(runs).toBe(4);
  });
});
