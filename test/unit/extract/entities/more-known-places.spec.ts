import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const placesOf = (text: string, language: string) =>
  extractText(text, language)
    .entities.filter((entity) => entity.kind === 'place')
    .map((entity) => entity.id);

// Places dev pages name that the base lacked (Bucha, Irpin and Borodianka in Ukrainian stories, Issyk-Kul in
// Kazakh ones), and Davos, where a real page outside both splits (nazhivo.com.ua) sets a meeting.
describe('places the knowledge base knows since 1.7.6', () => {
  it.each([
    ['uk', 'Президент відвідав Бучу, Ірпінь і Бородянку.', ['place:bucha', 'place:irpin', 'place:borodianka']],
    ['kk', 'Мемлекет басшылары Ыстықкөлде бейресми кездесу өткізді.', ['place:issyk-kul']],
    ['en', 'The leaders met in Davos, then flew to Jeddah and Hangzhou.', ['place:davos', 'place:jeddah', 'place:hangzhou']],
  ])('are found (%s: "%s")', (language, text, ids) => {
    expect(placesOf(text, language)).toEqual(ids);
  });
});
