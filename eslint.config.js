// ESLint: typescript-eslint's strict and stylistic type-checked rules over all our TypeScript and config files.
// Formatting is Prettier's job (`npm run format`); eslint-config-prettier turns off the rules it would fight.
import eslint from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import prettierConfig from 'eslint-config-prettier/flat';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['node_modules/', 'src/api/generated/', 'neo4j-local/target/', '.neo4j/', '.scratch/', 'coverage/', 'dist/', 'data/']),
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The config files at the root are plain JavaScript outside tsconfig.json's program.
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // noUncheckedIndexedAccess types every index as possibly undefined; `!` says this one is known to be in range.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // neo4j-driver declares its option bags (SessionConfig, QueryConfig, Config) as classes; its docs pass object literals.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // Numbers in messages and figures print predictably; objects, arrays and nullish values stay forbidden.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // T[] for simple element types, Array<...> for object and union types, as the code already writes them.
      '@typescript-eslint/array-type': ['error', { default: 'array-simple' }],
      // `(line) => process.stdout.write(line)` callbacks are plain; a void returned from a block body is still reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `a[0] === b[0]` compares two first letters; it is not a prefix test that startsWith would say better.
      '@typescript-eslint/prefer-string-starts-ends-with': ['error', { allowSingleElementEquality: 'always' }],
      // A leading underscore marks a binding kept on purpose; `{ dropped, ...rest }` is how a copy leaves fields out.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
          caughtErrors: 'none',
        },
      ],
    },
  },
  {
    // Test doubles of async APIs are `async` so that a throw becomes a rejection, as the real call's would.
    files: ['test/**'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // Integration tests read GraphQL answers over HTTP as untyped JSON and check their shape with expect(); typing each
    // answer by hand would write the schema twice.
    files: ['test/integration/**', 'test/support/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // Every eslint-disable names its rules and says why after `--`; one that no longer silences anything fails too.
  comments.recommended,
  { rules: { '@eslint-community/eslint-comments/require-description': 'error' } },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  prettierConfig,
);
