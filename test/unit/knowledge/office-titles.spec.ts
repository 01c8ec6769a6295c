import { describe, expect, it } from '@jest/globals';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';
import { resolveOfficeTitle } from '../../../src/knowledge/office-titles.ts';

const knowledge = loadKnowledgeBase();

describe('resolveOfficeTitle', () => {
  it.each([
    ['Defense Minister', 'office:minister-of-defence'],
    ['Minister of National Defense', 'office:minister-of-defence'],
    ['міністр національної оборони', 'office:minister-of-defence'],
    ['министр обороны', 'office:minister-of-defence'],
    ['Foreign Minister', 'office:minister-of-foreign-affairs'],
    ['глава МИД', 'office:minister-of-foreign-affairs'],
    ['голова МЗС', 'office:minister-of-foreign-affairs'],
    ["Прем'єр-міністр", 'office:prime-minister'],
    ['Industry and Infrastructure Development Minister', 'office:minister-of-industry-and-infrastructure-development'],
    ['Secretary-General', 'office:secretary-general'],
  ])('maps "%s" to %s', (title, officeId) => {
    expect(resolveOfficeTitle(knowledge, title)).toEqual({ officeId, qualifiers: [] });
  });

  it('turns a deputy marker in front of a title into the deputy office', () => {
    expect(resolveOfficeTitle(knowledge, 'Deputy National Defense Minister')).toEqual({
      officeId: 'office:deputy-minister-of-defence',
      qualifiers: [],
    });
    expect(resolveOfficeTitle(knowledge, 'Vice Foreign Minister')).toEqual({
      officeId: 'office:deputy-minister-of-foreign-affairs',
      qualifiers: [],
    });
    expect(resolveOfficeTitle(knowledge, 'Deputy Minister of Trade and Integration')).toEqual({
      officeId: 'office:deputy-minister',
      qualifiers: ['deputy'],
    });
    expect(resolveOfficeTitle(knowledge, 'First Vice Minister of Digital Development, Innovations and Aerospace Industry')).toEqual({
      officeId: 'office:deputy-minister',
      qualifiers: ['first-deputy'],
    });
  });

  it('gives no office to the deputy of an office that has no deputy office', () => {
    expect(resolveOfficeTitle(knowledge, 'Deputy Chairman of the Senate')).toBeUndefined();
    expect(resolveOfficeTitle(knowledge, 'Deputy Head of the Presidential Administration')).toBeUndefined();
  });

  it.each([
    ['Undersecretary of State', 'office:deputy-minister'],
    ['Under-Secretary', 'office:deputy-minister'],
    ['віцеміністр', 'office:deputy-minister'],
    ["віцепрем'єр-міністр", 'office:deputy-prime-minister'],
  ])('maps the deputy title "%s" to %s', (title, officeId) => {
    expect(resolveOfficeTitle(knowledge, title)).toEqual({ officeId, qualifiers: [] });
  });

  it('keeps other qualifiers without changing the office', () => {
    expect(resolveOfficeTitle(knowledge, 'Acting Prime Minister')).toEqual({ officeId: 'office:prime-minister', qualifiers: ['acting'] });
    expect(resolveOfficeTitle(knowledge, 'экс-министр обороны')).toEqual({
      officeId: 'office:minister-of-defence',
      qualifiers: ['former'],
    });
  });

  it('gives up on a title it does not know', () => {
    expect(resolveOfficeTitle(knowledge, 'Grand Vizier')).toBeUndefined();
  });
});
