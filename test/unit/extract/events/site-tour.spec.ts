import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

describe('heads of several countries visiting a site', () => {
  // ru-uzinform-2025-11-16-mirziyoyev-aliyev-japarov-rahmon (dev): the four heads toured a centre in Tashkent; no
  // country visited another.
  it('is no visit of one country to another', () => {
    const events = extractText(
      'В тот же день главы Узбекистана, Азербайджана, Кыргызстана и Таджикистана посетили Центр исламской цивилизации в городе Ташкенте.',
      'ru',
    ).events;
    expect(events.filter((event) => event.kind === 'visit')).toEqual([]);
  });

  it('leaves a delegation’s visit to another country a visit', () => {
    const events = extractText('Делегация Казахстана посетила Узбекистан.', 'ru').events;
    expect(events.map((event) => [event.kind, [...event.participantIds].sort()])).toEqual([['visit', ['country:kz', 'country:uz']]]);
  });
});
