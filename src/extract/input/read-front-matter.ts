import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ArticleInputError } from './article-input-error.ts';
import { withoutBlankFields, type SourceMetadata } from './source-metadata.ts';

/** A YAML block between two "---" lines at the very start of the text. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Front matter keys for each metadata field, first found wins. */
const FIELD_KEYS: ReadonlyArray<readonly [keyof SourceMetadata, readonly string[]]> = [
  ['title', ['title', 'headline']],
  ['url', ['url', 'link', 'source_url', 'sourceUrl', 'canonical']],
  ['publisher', ['publisher', 'source', 'site', 'site_name', 'agency']],
  ['publishedAt', ['publishedAt', 'published_at', 'published', 'date', 'pubDate']],
  ['language', ['language', 'lang', 'locale']],
  ['author', ['author', 'authors', 'by']],
  ['description', ['description', 'summary']],
];

/**
 * Splits optional YAML front matter off the text. The returned text is what follows the block; its
 * metadata are the known keys (title, url, publisher, publishedAt, language, author ...).
 */
export function readFrontMatter(text: string, sourceName?: string): { text: string; metadata: SourceMetadata } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { text, metadata: {} };
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    const detail = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    throw new ArticleInputError(
      'front-matter',
      sourceName,
      `the YAML front matter (the block between the --- lines at the top) is invalid: ${detail}. Fix it or remove the block.`,
    );
  }
  const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const metadata: SourceMetadata = {};
  for (const [field, keys] of FIELD_KEYS) {
    for (const key of keys) {
      const value = asText(record[key]);
      if (value) {
        metadata[field] = value;
        break;
      }
    }
  }
  return { text: text.slice(match[0].length), metadata: withoutBlankFields(metadata) };
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(', ') || undefined;
  if (value && typeof value === 'object' && 'name' in value) return asText(value.name);
  return undefined;
}
