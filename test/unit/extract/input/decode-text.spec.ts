import { describe, expect, it } from '@jest/globals';
import { MAX_ARTICLE_INPUT_BYTES } from '../../../../src/config/config.ts';
import { ArticleInputError } from '../../../../src/extract/input/article-input-error.ts';
import { decodeText } from '../../../../src/extract/input/decode-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function problemOf(bytes: Uint8Array): { problem: string; message: string } {
  try {
    decodeText(bytes, 'article.txt');
  } catch (error) {
    if (error instanceof ArticleInputError) return { problem: error.problem, message: error.message };
    throw error;
  }
  throw new Error('expected an ArticleInputError');
}

describe('decoding article bytes', () => {
  it('reads UTF-8, drops a byte order mark and turns CRLF and CR line endings into LF', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Астана.\r\nAnkara.\rBaku.')]);

    expect(decodeText(bytes)).toEqual({ text: 'Астана.\nAnkara.\nBaku.', encoding: 'utf-8' });
  });

  it('reads UTF-16 little and big endian when a byte order mark says so', () => {
    const text = 'Туреччина і Казахстан';
    const little = new Uint8Array(2 + text.length * 2);
    const big = new Uint8Array(2 + text.length * 2);
    little.set([0xff, 0xfe]);
    big.set([0xfe, 0xff]);
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      little.set([code & 0xff, code >> 8], 2 + index * 2);
      big.set([code >> 8, code & 0xff], 2 + index * 2);
    }

    expect(decodeText(little)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(big)).toEqual({ text, encoding: 'utf-16be' });
  });

  it('reads Windows-1251 Cyrillic that is not valid UTF-8', () => {
    // "Министр обороны" in Windows-1251.
    const bytes = new Uint8Array([0xcc, 0xe8, 0xed, 0xe8, 0xf1, 0xf2, 0xf0, 0x20, 0xee, 0xe1, 0xee, 0xf0, 0xee, 0xed, 0xfb]);

    expect(decodeText(bytes)).toEqual({ text: 'Министр обороны', encoding: 'windows-1251' });
  });

  it('refuses bytes that are neither UTF-8 nor Cyrillic, and says to convert to UTF-8', () => {
    const { problem, message } = problemOf(new Uint8Array([0x48, 0x69, 0x20, 0xc3, 0x28, 0xa0, 0xa1, 0x80, 0x81]));

    expect(problem).toBe('encoding');
    expect(message).toMatch(/^article\.txt: the input is not valid UTF-8.*convert it as UTF-8/);
  });

  it('refuses binary data with NUL bytes', () => {
    const { problem, message } = problemOf(new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x01, 0x02, 0x43]));

    expect(problem).toBe('binary');
    expect(message).toContain('looks binary');
  });

  it('names a known binary format such as PDF', () => {
    const { problem, message } = problemOf(utf8('%PDF-1.7\n1 0 obj'));

    expect(problem).toBe('binary');
    expect(message).toContain('a PDF document');
    expect(message).toContain('Convert it to plain text');
  });

  it('refuses empty and whitespace-only input', () => {
    expect(problemOf(new Uint8Array()).problem).toBe('empty');
    expect(problemOf(utf8(' \n\t\r\n ')).problem).toBe('empty');
  });

  it('refuses input larger than the limit, saying how large it is', () => {
    const { problem, message } = problemOf(new Uint8Array(MAX_ARTICLE_INPUT_BYTES + 1).fill(0x61));

    expect(problem).toBe('too-large');
    expect(message).toContain('5.0 MB');
    expect(message).toContain('one article at a time');
  });
});
