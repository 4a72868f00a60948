// ESLint 9 flat config: eslint's and typescript-eslint's recommended rules (syntax only, no type information, so
// the whole tree lints in seconds), then eslint-config-prettier to turn off every rule that formatting decides.
// `max-len` stays on: prettier wraps code at 120 columns but not comments, strings or template literals.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['node_modules/', 'dist/', 'web/dist/', '.data/', 'coverage/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // CommonJS configuration files run by Node (jest.config.js).
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
  {
    // After eslint-config-prettier, which turns max-len off: lines are at most 120 characters, except an import of
    // one long name (a migration class) and the title line of a test, which prettier keeps whole.
    rules: {
      'max-len': [
        'error',
        {
          code: 120,
          tabWidth: 2,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
          ignorePattern: '^import \\{ \\w+ \\} from|^\\s*(it|test|describe)(\\.each\\(.*\\))?\\([\'"`]',
        },
      ],
    },
  },
);
