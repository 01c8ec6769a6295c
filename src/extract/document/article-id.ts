import { createHash } from 'node:crypto';

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * A stable id for an article: from its URL when known (the same page read twice is one article), else
 * from its content (the same text from any file is one article). Never from a file name: two
 * "index.html" from different folders are two articles, and a renamed file is still the same one.
 * `textHash`, sha256 of the text, is for a caller that has it already (the content hash): the text of a
 * long article is then hashed once, not twice.
 */
export function articleId(url: string | undefined, text: string, textHash?: string): string {
  // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- a blank URL counts as none, so `||`
  const basis = url?.trim() || undefined;
  return `article:${(basis === undefined ? (textHash ?? sha256(text)) : sha256(basis)).slice(0, 16)}`;
}
