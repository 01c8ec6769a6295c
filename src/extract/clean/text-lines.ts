/** One non-blank line of the text, trimmed; offsets point into the text. */
export interface TextLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A blank line (or the start of the text) comes right before it: it begins a paragraph. */
  readonly afterBlank: boolean;
}

/** The non-blank lines of a text with their trimmed offsets. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let afterBlank = true;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start += 1;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
    if (end > start) {
      lines.push({ start, end, text: text.slice(start, end), afterBlank });
      afterBlank = false;
    } else {
      afterBlank = true;
    }
    lineStart = lineEnd + 1;
  }
  return lines;
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 13 ||
    code === 12 ||
    code === 11 ||
    code === 0xa0 ||
    code === 0x2007 ||
    code === 0x202f ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b)
  );
}
