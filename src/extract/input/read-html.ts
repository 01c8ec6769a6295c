import { Parser } from 'htmlparser2';
import { PAGE_CLUTTER } from '../clean/page-clutter.ts';
import { withoutBlankFields, type SourceMetadata } from './source-metadata.ts';

/** Elements that never hold article text. */
const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'nav',
  'aside',
  'form',
  'noscript',
  'iframe',
  'svg',
  'template',
  'button',
  'select',
  'option',
  'textarea',
  'head',
  'object',
  'canvas',
  'video',
  'audio',
  'map',
]);
/** Page-level header and footer: dropped, but not the header of an <article> (it holds the headline). */
const PAGE_FRAME_ELEMENTS = new Set(['header', 'footer']);
const ARTICLE_ELEMENTS = new Set(['article', 'main']);
const BLOCK_ELEMENTS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'address',
  'hr',
  'time',
  'body',
  'html',
  'caption',
]);
const LINE_BREAK_ELEMENTS = new Set(['br', 'td', 'th']);

/** Meta tags read as metadata; the first one seen of each field wins, in this order of preference. */
const META_FIELDS: ReadonlyArray<readonly [string, keyof SourceMetadata]> = [
  ['og:title', 'title'],
  ['twitter:title', 'title'],
  ['og:url', 'url'],
  ['og:site_name', 'publisher'],
  ['article:published_time', 'publishedAt'],
  ['datepublished', 'publishedAt'],
  ['pubdate', 'publishedAt'],
  ['date', 'publishedAt'],
  ['dc.date', 'publishedAt'],
  ['author', 'author'],
  ['article:author', 'author'],
  ['description', 'description'],
  ['og:description', 'description'],
  ['og:locale', 'language'],
];

/**
 * Renders an HTML page to its visible text: block elements become blank-line-separated paragraphs, inline
 * whitespace collapses as a browser would, and elements that never hold article text (scripts, styles,
 * navigation, asides, forms, the page's header and footer, elements classed as menus, share bars, related
 * lists ...) are left out. Reads the title, canonical URL, site name, publication time, author and
 * language from <title>, <html lang>, meta tags and JSON-LD.
 */
export function readHtml(html: string): { text: string; metadata: SourceMetadata } {
  const out: string[] = [];
  let pendingBreak = '';
  let pendingSpace = false;
  let dropDepth = 0;
  let articleDepth = 0;
  const stack: Array<{ name: string; drops: boolean; article: boolean }> = [];
  const meta = new Map<string, string>();
  let htmlLanguage: string | undefined;
  let canonicalUrl: string | undefined;
  let titleText = '';
  let inTitle = false;
  let jsonLd = '';
  let inJsonLd = false;

  const breakLine = (kind: '\n' | '\n\n') => {
    if (out.length === 0) return;
    if (kind.length > pendingBreak.length) pendingBreak = kind;
    pendingSpace = false;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html' && attributes.lang) htmlLanguage = attributes.lang;
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
          if (key && attributes.content && !meta.has(key)) meta.set(key, attributes.content);
        }
        if (name === 'link' && attributes.rel?.toLowerCase() === 'canonical' && attributes.href) canonicalUrl ??= attributes.href;
        if (name === 'title') inTitle = true;
        if (name === 'script' && attributes.type?.toLowerCase() === 'application/ld+json') inJsonLd = true;
        const drops =
          DROPPED_ELEMENTS.has(name) ||
          (PAGE_FRAME_ELEMENTS.has(name) && articleDepth === 0) ||
          'hidden' in attributes ||
          attributes['aria-hidden'] === 'true' ||
          hasClutterClass(attributes.class, attributes.id);
        const article = ARTICLE_ELEMENTS.has(name);
        stack.push({ name, drops, article });
        if (drops) dropDepth += 1;
        if (article) articleDepth += 1;
        if (dropDepth > 0) return;
        if (BLOCK_ELEMENTS.has(name)) breakLine('\n\n');
        else if (LINE_BREAK_ELEMENTS.has(name)) breakLine('\n');
      },
      ontext(data) {
        if (inTitle) titleText += data;
        if (inJsonLd) jsonLd += data;
        if (dropDepth > 0) return;
        const collapsed = data.replace(/[ \t\n\f\r\u00A0]+/g, (spaces) =>
          spaces.includes('\u00A0') && !/[\t\n\r]/.test(spaces) ? '\u00A0' : ' ',
        );
        if (collapsed.trim() === '') {
          if (collapsed.length > 0) pendingSpace = true;
          return;
        }
        const leading = /^\s/.test(collapsed);
        const body = collapsed.trim();
        if (pendingBreak && out.length > 0) out.push(pendingBreak);
        else if ((pendingSpace || leading) && out.length > 0 && !pendingBreak) out.push(' ');
        out.push(body);
        pendingBreak = '';
        pendingSpace = /\s$/.test(collapsed);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'script') inJsonLd = false;
        // Tolerate unbalanced markup: pop up to the matching element.
        const index = stack.map((entry) => entry.name).lastIndexOf(name);
        if (index < 0) return;
        for (const entry of stack.splice(index)) {
          if (entry.drops) dropDepth -= 1;
          if (entry.article) articleDepth -= 1;
        }
        if (dropDepth === 0 && BLOCK_ELEMENTS.has(name)) breakLine('\n\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);

  const metadata: SourceMetadata = {};
  for (const [key, field] of META_FIELDS) {
    const value = meta.get(key);
    if (value && !metadata[field]) metadata[field] = value;
  }
  Object.assign(metadata, fillFrom(metadata, readJsonLd(jsonLd)));
  metadata.title ??= titleWithoutSiteName(titleText, metadata.publisher);
  metadata.url ??= canonicalUrl;
  if (htmlLanguage) metadata.language = htmlLanguage;
  if (metadata.language) metadata.language = metadata.language.slice(0, 2).toLowerCase();
  return { text: out.join(''), metadata: withoutBlankFields(metadata) };
}

function hasClutterClass(className: string | undefined, id: string | undefined): boolean {
  const names = `${className ?? ''} ${id ?? ''}`.toLowerCase();
  if (names.trim() === '') return false;
  return names.split(/[\s\-_]+/).some((word) => PAGE_CLUTTER.htmlDropClassWords.has(word));
}

/** "Headline | Site" and "Headline - Site": keeps the headline part. */
function titleWithoutSiteName(title: string, siteName: string | undefined): string | undefined {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  const parts = clean.split(/\s+[|–—-]\s+/);
  if (parts.length === 1) return clean;
  const site = siteName?.toLowerCase();
  const withoutSite = parts.filter((part) => !site || part.toLowerCase() !== site);
  return withoutSite.reduce((longest, part) => (part.length > longest.length ? part : longest), '');
}

function fillFrom(metadata: SourceMetadata, extra: SourceMetadata): SourceMetadata {
  const result: SourceMetadata = { ...metadata };
  for (const [key, value] of Object.entries(extra) as Array<[keyof SourceMetadata, string]>) result[key] ??= value;
  return result;
}

/** schema.org NewsArticle in JSON-LD: the headline, dates, author and publisher most news sites publish. */
function readJsonLd(source: string): SourceMetadata {
  if (!source.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    return {};
  }
  const candidates = (Array.isArray(parsed) ? (parsed as unknown[]) : [parsed]).flatMap((item) =>
    item && typeof item === 'object' && Array.isArray((item as { '@graph'?: unknown })['@graph'])
      ? (item as { '@graph': unknown[] })['@graph']
      : [item],
  );
  const article = candidates.find(
    (item): item is Record<string, unknown> =>
      !!item && typeof item === 'object' && typeof (item as Record<string, unknown>).headline === 'string',
  );
  if (!article) return {};
  const nameOf = (value: unknown): string | undefined => {
    const first: unknown = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') return first;
    if (first && typeof first === 'object' && typeof (first as { name?: unknown }).name === 'string')
      return (first as { name: string }).name;
    return undefined;
  };
  return {
    title: article.headline as string,
    publishedAt: typeof article.datePublished === 'string' ? article.datePublished : undefined,
    author: nameOf(article.author),
    publisher: nameOf(article.publisher),
    url: typeof article.url === 'string' ? article.url : undefined,
  };
}
