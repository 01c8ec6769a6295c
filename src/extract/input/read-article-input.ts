import { decodeText, normaliseSpaces } from './decode-text.ts';
import { readFrontMatter } from './read-front-matter.ts';
import { readHtml } from './read-html.ts';
import { renderMarkdown } from './render-markdown.ts';
import type { ArticleFormat, ReadArticle } from './source-metadata.ts';

const EXTENSION_FORMATS: Record<string, ArticleFormat> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
};

const LOOKS_LIKE_HTML = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i;
const HTML_TAGS = /<\/?(p|div|span|a|br|h[1-6]|article|section|li|ul|body|table)\b[^>]*>/gi;

/**
 * Reads an article's bytes as text in its format: HTML is rendered to its visible text, Markdown to plain
 * text, and plain text or Markdown may start with YAML front matter. Unicode spaces become plain spaces. Throws `ArticleInputError` for input
 * that is not an article's text.
 */
export function readArticleInput(bytes: Uint8Array, sourceName?: string, format?: ArticleFormat): ReadArticle {
  const { text } = decodeText(bytes, sourceName);
  const chosen = format ?? formatOf(sourceName, text);
  if (chosen === 'html') {
    const html = readHtml(text);
    return { text: normaliseSpaces(html.text), format: 'html', metadata: html.metadata };
  }
  const front = readFrontMatter(text, sourceName);
  return {
    text: normaliseSpaces(chosen === 'markdown' ? renderMarkdown(front.text) : front.text),
    format: chosen,
    metadata: front.metadata,
  };
}

/** The format named by the file's extension, else HTML when the text starts as a page or is full of tags. */
export function formatOf(sourceName: string | undefined, text: string): ArticleFormat {
  const extension = sourceName?.match(/\.([a-z0-9]+)$/i)?.[1]?.toLowerCase();
  const byExtension = extension ? EXTENSION_FORMATS[extension] : undefined;
  if (byExtension) return byExtension;
  if (LOOKS_LIKE_HTML.test(text)) return 'html';
  const sample = text.slice(0, 20_000);
  if ((sample.match(HTML_TAGS)?.length ?? 0) >= 5) return 'html';
  return 'text';
}
