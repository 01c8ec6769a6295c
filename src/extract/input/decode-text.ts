import { MAX_ARTICLE_INPUT_BYTES } from '../../config/config.ts';
import { ArticleInputError } from './article-input-error.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export interface DecodedText {
  /** The text with line endings normalised to \n and without a byte order mark. */
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** Signatures of common binary formats, so that the error can say what the file is. */
const BINARY_SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or a .docx/.odt document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an old Word document', [0xd0, 0xcf, 0x11, 0xe0]],
];

/** Control characters that never occur in text (tab, line feed, carriage return and form feed do). */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
/** More than this share of control characters means the bytes are not text. */
const MAX_CONTROL_SHARE = 0.01;

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF16LE = new TextDecoder('utf-16le', { fatal: true });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true });
const WINDOWS_1251 = new TextDecoder('windows-1251');

const COMMON_CYRILLIC = /[А-яЁёІіЇїЄєҐґЎў]/g;
const CYRILLIC_VOWEL = /[аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ]/g;
const MIN_CYRILLIC_LETTERS = 8;
// eslint-disable-next-line no-control-regex -- U+0000 is the bottom of the ASCII range
const NON_ASCII = /[^\u0000-\u007F]/g;

/**
 * Decodes an article's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1251 when the
 * bytes are not UTF-8 but read as Cyrillic text. Refuses binary, empty and oversized input with an
 * `ArticleInputError` that says what to do.
 */
export function decodeText(bytes: Uint8Array, sourceName?: string): DecodedText {
  if (bytes.length > MAX_ARTICLE_INPUT_BYTES) {
    const megabytes = (bytes.length / 1024 / 1024).toFixed(1);
    throw new ArticleInputError(
      'too-large',
      sourceName,
      `the input is ${megabytes} MB, more than the ${MAX_ARTICLE_INPUT_BYTES / 1024 / 1024} MB an article may have. Send one article at a time, as text, HTML or Markdown.`,
    );
  }
  const signature = BINARY_SIGNATURES.find(([, magic]) => magic.every((byte, index) => bytes[index] === byte));
  if (signature) {
    throw new ArticleInputError(
      'binary',
      sourceName,
      `the input is ${signature[0]}, not text. Convert it to plain text, HTML or Markdown first.`,
    );
  }
  const decoded = decodeWithBom(bytes) ?? decodeWithoutBom(bytes, sourceName);
  const text = normaliseLineEndings(decoded.text);
  const controls = text.match(CONTROL_CHARACTER)?.length ?? 0;
  if (controls > 0 && (text.includes('\u0000') || controls / text.length > MAX_CONTROL_SHARE)) {
    throw new ArticleInputError(
      'binary',
      sourceName,
      'the input looks binary (it has NUL or other control bytes), not text. Send the article as UTF-8 text, HTML or Markdown (UTF-16 is read only with a byte order mark).',
    );
  }
  if (text.trim() === '') {
    throw new ArticleInputError('empty', sourceName, 'the input is empty or only whitespace. Send the text of an article.');
  }
  return { text, encoding: decoded.encoding };
}

function decodeWithBom(bytes: Uint8Array): DecodedText | undefined {
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: UTF8.decode(bytes.subarray(3)), encoding: 'utf-8' };
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: UTF16LE.decode(bytes.subarray(2)), encoding: 'utf-16le' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: UTF16BE.decode(bytes.subarray(2)), encoding: 'utf-16be' };
  } catch {
    return undefined;
  }
  return undefined;
}

function decodeWithoutBom(bytes: Uint8Array, sourceName: string | undefined): DecodedText {
  try {
    return { text: UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: old Cyrillic pages are often Windows-1251; accept it only when it reads as Cyrillic.
  }
  const cyrillic = WINDOWS_1251.decode(bytes);
  if (readsAsCyrillic(cyrillic)) return { text: cyrillic, encoding: 'windows-1251' };
  throw new ArticleInputError(
    'encoding',
    sourceName,
    'the input is not valid UTF-8 (nor UTF-16 with a byte order mark, nor Cyrillic Windows-1251). Save or convert it as UTF-8 and send it again.',
  );
}

/**
 * Every byte above 0xBF is a Cyrillic letter in Windows-1251, so random bytes decode to "letters" too;
 * real Russian or Ukrainian has enough of them, mostly from the common alphabet, with a natural share of vowels.
 */
function readsAsCyrillic(text: string): boolean {
  if (text.includes('\u0000')) return false;
  const nonAscii = text.match(NON_ASCII)?.length ?? 0;
  const letters = text.match(COMMON_CYRILLIC)?.length ?? 0;
  const vowels = text.match(CYRILLIC_VOWEL)?.length ?? 0;
  return letters >= MIN_CYRILLIC_LETTERS && letters / nonAscii >= 0.9 && vowels / letters >= 0.25 && vowels / letters <= 0.65;
}

function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

const UNICODE_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;

/**
 * Makes no-break and other Unicode spaces plain spaces and drops soft hyphens and zero-width characters,
 * so that "Руслан\u00A0Жаксиликов" reads as the words it is for every later stage.
 */
export function normaliseSpaces(text: string): string {
  return text.replace(UNICODE_SPACE, ' ').replace(INVISIBLE, '');
}
