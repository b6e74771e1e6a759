import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'bench/results', 'scaled/site', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/app/serviceWorker.js'],
    languageOptions: { globals: { ...globals.serviceworker, __FILES__: 'readonly' } },
  },
  // The one rule: the pure core (catalog, decoder) never reaches for React, the table or the page, so the
  // same code serves the page, a Web Worker and the command line. tsconfig.core.json backs it: the core
  // compiles without the DOM library or Node's types, so no browser or Node global gets in either.
  {
    files: ['src/catalog/**/*.ts', 'src/decode/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', '@tanstack/*', '**/ui/**', '**/app/**', '**/workers/**'] },
      ],
    },
  },
);
