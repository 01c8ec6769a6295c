import { createHash } from 'node:crypto';

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * A stable id for an article: from its URL when known (the same page read twice is one article), else
 * from its source file's base name, else from its text.
 */
export function articleId(url: string | undefined, sourceName: string | undefined, text: string): string {
  const basis = url?.trim() || baseName(sourceName) || text;
  return `article:${sha256(basis).slice(0, 16)}`;
}

function baseName(sourceName: string | undefined): string | undefined {
  const name = sourceName?.trim().split(/[\\/]/).pop();
  return name || undefined;
}
