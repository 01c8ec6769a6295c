import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { CONFIG_VARIABLES } from '../../../src/config/config.ts';
import { PROJECT_ROOT } from '../../../src/config/project-root.ts';

describe('.env.example', () => {
  const documented = [...readFileSync(path.join(PROJECT_ROOT, '.env.example'), 'utf8').matchAll(/^# ([A-Z][A-Z0-9_]+)=/gm)].map(
    (match) => match[1]!,
  );

  it('documents every configuration variable, in the order of config.ts', () => {
    const configVariables = Object.keys(CONFIG_VARIABLES);

    expect(documented.filter((name) => configVariables.includes(name))).toEqual(configVariables);
  });

  it('documents nothing that config.ts does not read, apart from the test database variables', () => {
    const unknown = documented.filter((name) => !(name in CONFIG_VARIABLES) && !name.startsWith('NEO4J_TEST_'));

    expect(unknown).toEqual([]);
  });
});

describe('README configuration table', () => {
  const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');

  it('has a row for every configuration variable', () => {
    const missing = Object.keys(CONFIG_VARIABLES).filter((name) => !readme.includes(`| \`${name}\` |`));

    expect(missing).toEqual([]);
  });
});
