import { describe, expect, it } from '@jest/globals';
import { MAX_SENTENCE_CHARACTERS, splitSentences } from '../../../../src/extract/sentences/split-sentences.ts';

const texts = (text: string, language?: string) => splitSentences(text, language).map((sentence) => sentence.text);

describe('sentence splitting', () => {
  it('keeps titles and month abbreviations inside an English sentence', () => {
    expect(texts('Mr. Dere met Gen. Yermekbayev in Nur-Sultan on Feb. 4. The U.S. was not there.')).toEqual([
      'Mr. Dere met Gen. Yermekbayev in Nur-Sultan on Feb. 4.',
      'The U.S. was not there.',
    ]);
  });

  it('keeps initials, hyphenated initials included, inside a Ukrainian sentence', () => {
    expect(
      texts('Президент Казахстану К.-Ж. Токаєв 10 травня провів переговори з Р. Т. Ердоганом. Сторони обговорили транспорт!', 'uk'),
    ).toEqual(['Президент Казахстану К.-Ж. Токаєв 10 травня провів переговори з Р. Т. Ердоганом.', 'Сторони обговорили транспорт!']);
  });

  it('does not end a Russian sentence after "г." before a lower-case word', () => {
    expect(texts('Встреча прошла 10 мая 2022 г. в Анкаре. Стороны подписали меморандум.', 'ru')).toEqual([
      'Встреча прошла 10 мая 2022 г. в Анкаре.',
      'Стороны подписали меморандум.',
    ]);
  });

  it('ends a sentence at a paragraph break even without a full stop', () => {
    expect(texts('Turkey, Kazakhstan to boost defense industry cooperation\n\nNUR SULTAN. KAZINFORM - Turkey and Kazakhstan met.')).toEqual(
      ['Turkey, Kazakhstan to boost defense industry cooperation', 'NUR SULTAN. KAZINFORM - Turkey and Kazakhstan met.'],
    );
  });

  it('gives offsets that point at each sentence in the original text', () => {
    const text = '  First one.   Second, with Dr. Smith.\n\nThird «quoted.»  ';

    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(splitSentences(text)).toHaveLength(3);
  });
});

describe('sentence splitting across a line break', () => {
  it('keeps a sentence whose first line ends with a comma and whose second opens with a dash', () => {
    const text = 'Планується передача технологій для Збройних сил Республіки Казахстан, \n– мовиться у повідомленні.';

    expect(texts(text, 'uk')).toEqual([
      'Планується передача технологій для Збройних сил Республіки Казахстан, \n– мовиться у повідомленні.',
    ]);
  });

  it('still ends a sentence at a line break after a full stop', () => {
    expect(texts('The ministers met.\nThey signed a plan.')).toEqual(['The ministers met.', 'They signed a plan.']);
  });

  it('cuts a sentence over the length limit at whitespace into pieces whose offsets point into the text', () => {
    const text = `Tokayev met Erdogan in Ankara. ${'Tokayev Erdogan '.repeat(100_000)}end.`;

    const sentences = splitSentences(text);

    expect(sentences[0]!.text).toBe('Tokayev met Erdogan in Ankara.');
    expect(Math.max(...sentences.map((sentence) => sentence.text.length))).toBeLessThanOrEqual(MAX_SENTENCE_CHARACTERS);
    expect(
      sentences.every(
        (sentence) =>
          text.slice(sentence.start, sentence.end) === sentence.text && !/^\S+$/.test(sentence.text) && /^\S/.test(sentence.text),
      ),
    ).toBe(true);
    expect(sentences.map((sentence) => sentence.text).join(' ')).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it('starts a sentence at a line that opens with a digit after a line ending in a full stop', () => {
    expect(texts('Лукашенко повідомив про це журналістам.\n5 грудня в Ашхабаді проходить саміт', 'uk')).toEqual([
      'Лукашенко повідомив про це журналістам.',
      '5 грудня в Ашхабаді проходить саміт',
    ]);
  });

  it('still joins a digit that continues a sentence on the same line', () => {
    expect(texts('Встреча прошла в ст. 5 договора. Стороны согласились.', 'ru')).toEqual([
      'Встреча прошла в ст. 5 договора.',
      'Стороны согласились.',
    ]);
  });
});
