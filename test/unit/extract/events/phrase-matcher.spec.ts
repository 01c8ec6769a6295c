import { describe, expect, it } from '@jest/globals';
import { compilePhraseMatcher } from '../../../../src/extract/events/phrase-matcher.ts';

describe('phrase matcher', () => {
  const matcher = compilePhraseMatcher({
    declaration: ['joint declaration*', 'declaration*'],
    press: ['пресс конференци*'],
    money: ['$', 'us$'],
    meeting: ['met'],
  });

  it('finds whole words only, case-insensitively, and names the group of each hit', () => {
    expect(matcher.find('They MET. Metal and a helmet are not that.').map((hit) => [hit.text, hit.group])).toEqual([['MET', 'meeting']]);
  });

  it('prefers the longest pattern at a position and lets * continue the last word', () => {
    expect(matcher.find('a Joint Declarations text').map((hit) => hit.text)).toEqual(['Joint Declarations']);
  });

  it('matches a hyphen where the pattern has a space', () => {
    expect(matcher.find('на пресс-конференции').map((hit) => hit.group)).toEqual(['press']);
  });

  it('matches patterns that begin or end with a sign next to digits', () => {
    expect(matcher.find('US$10 and $4.2').map((hit) => hit.text)).toEqual(['US$', '$']);
  });

  it('tells whether any pattern occurs', () => {
    expect(matcher.test('nothing here')).toBe(false);
    expect(matcher.test('declaration')).toBe(true);
  });
});
