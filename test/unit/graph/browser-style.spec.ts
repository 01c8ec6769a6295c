import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../../src/config/project-root.ts';
import { BROWSER_STYLE_PATH, browserStyleConfLine, readBrowserStyle } from '../../../src/graph/browser-style.ts';

const LABELS = ['Country', 'Person', 'Organization', 'Place', 'Event', 'Agreement', 'Topic', 'Article', 'Publisher'];

describe('Neo4j Browser style', () => {
  const style = readBrowserStyle();

  it('gives every label a colour and a caption', () => {
    for (const label of LABELS) {
      const rule = new RegExp(`node\\.${label} \\{([^}]*'\\{[a-z]+\\}'[^}]*)\\}`).exec(style)?.[1] ?? '';
      expect(rule).toMatch(/color: #[0-9A-F]{6};/);
      expect(rule).toMatch(/caption: '\{(name|title)\}';/);
    }
  });

  it('defines the shared GraphNode rule with a colour, before the labels that must override it', () => {
    expect(style.indexOf('node.GraphNode {')).toBeGreaterThan(-1);
    expect(style.indexOf('node.GraphNode {')).toBeLessThan(style.indexOf('node.Country {'));
  });

  it('leaves no comments for Browser to choke on', () => {
    expect(style).not.toContain('/*');
  });

  it('is loaded on connect with a command free of semicolons, which the setting would split on', () => {
    const line = browserStyleConfLine(`http://localhost:4000${BROWSER_STYLE_PATH}`);

    expect(line).toBe('browser.post_connect_cmd=style http://localhost:4000/browser-style.grass');
    expect(line).not.toContain(';');
  });

  it('is loaded the same way by the compose Neo4j', () => {
    const compose = parse(readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')) as {
      services: { neo4j: { environment: Record<string, string> } };
    };
    const composeCommand = compose.services.neo4j.environment.NEO4J_browser_post__connect__cmd;

    expect(`browser.post_connect_cmd=${composeCommand}`).toBe(browserStyleConfLine(`http://localhost:4000${BROWSER_STYLE_PATH}`));
  });
});
