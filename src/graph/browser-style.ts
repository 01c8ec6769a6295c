import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/project-root.ts';

export const BROWSER_STYLE_FILE = path.join(PROJECT_ROOT, 'data', 'browser', 'style.grass');

/** Where the GraphQL service serves the style, for Browser to fetch (localhost is on its allowlist). */
export const BROWSER_STYLE_PATH = '/browser-style.grass';

/** The GraSS style without its comments, which Browser's GraSS parser does not understand. */
export function readBrowserStyle(file: string = BROWSER_STYLE_FILE): string {
  return (
    readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\n{2,}/g, '\n')
      .trim() + '\n'
  );
}

/**
 * The neo4j.conf line that makes Browser load the style when it connects. `browser.post_connect_cmd`
 * takes commands without their leading colon and splits them on ';', which GraSS is full of, so Browser
 * fetches the style by URL instead of receiving it inline.
 */
export function browserStyleConfLine(styleUrl: string): string {
  return `browser.post_connect_cmd=style ${styleUrl}`;
}
