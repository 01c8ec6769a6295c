import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../../src/config/project-root.ts';

const SRC = path.join(PROJECT_ROOT, 'src');

/** Files reached from `entry` through static value imports (`import type` and `import()` excluded). */
function staticallyImported(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?'(\.[^']+\.ts)';/gm)) {
      pending.push(path.resolve(path.dirname(file), match[1]!));
    }
  }
  return seen;
}

// Extraction's language models take some 150 MB once imported (eld's n-gram tables); the service holds
// them only after it extracted something (ingestArticle; ARTICLES_ON_START loads in a child process), so a read-only service
// stays small (issue 5's memory budget). Commands are imported when they run.
describe('what the service imports at start', () => {
  const languageDetection = path.join(SRC, 'extract', 'language', 'detect-language.ts');

  it.each(['cli/main.ts', 'cli/commands/start.ts', 'api/server.ts'])('%s does not import extraction statically', (entry) => {
    const reached = staticallyImported(path.join(SRC, entry));

    expect(reached.size).toBeGreaterThan(1);
    expect([...reached].filter((file) => file === languageDetection || file.endsWith('extract-article.ts'))).toEqual([]);
  });

  it('finds static imports (the check is not vacuous)', () => {
    expect(staticallyImported(path.join(SRC, 'extract', 'extract-article.ts'))).toContain(languageDetection);
  });
});
