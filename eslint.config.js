// One linter for the whole tree; Prettier owns formatting (eslint-config-prettier turns off style rules).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The dependency direction of the packages: sdk ← i18n ← elements, sdk ← server, and
 * sdk ← create-site (the `npm create @portal-kit/site` command: the SDK's site rules only). Each
 * package's sources may import only the packages below it, by package name: the table lists the
 * bare specifiers each must not import (a package and its subpaths), and no package's sources
 * reach into another package by a relative path (`../../sdk/src/…`). The SDK has no runtime
 * dependency at all; tests/guards/dependency-direction.test.ts proves each rule fires.
 */
const PACKAGES = ['sdk', 'i18n', 'elements', 'server', 'create-site'];
const LIT = ['lit', 'lit-html', 'lit-element', '@lit', '@lit-labs'];
const DEPENDENCY_DIRECTION = {
  sdk: [...LIT, 'i18next', '@portal-kit/i18n', '@portal-kit/elements', '@portal-kit/server'],
  i18n: [...LIT, '@portal-kit/elements', '@portal-kit/server'],
  elements: ['@portal-kit/server'],
  server: [...LIT, 'i18next', '@portal-kit/i18n', '@portal-kit/elements'],
  'create-site': [
    ...LIT,
    'i18next',
    '@portal-kit/i18n',
    '@portal-kit/elements',
    '@portal-kit/server',
  ],
};
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const dependencyDirection = Object.entries(DEPENDENCY_DIRECTION).map(([pkg, forbidden]) => {
  const others = PACKAGES.filter((other) => other !== pkg).join('|');
  return {
    files: [`packages/${pkg}/src/**/*.{ts,js,mjs}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(${forbidden.map(escape).join('|')})(/|$)`,
              message: `@portal-kit/${pkg} must not import this: dependencies go sdk ← i18n ← elements, sdk ← server and sdk ← create-site.`,
            },
            {
              regex: `^(\\.\\./)+(packages/)?(${others})/(src|test|dist)(/|$)`,
              message:
                'Import another Portal Kit package by its name (@portal-kit/…), never by a relative path into it.',
            },
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      'storybook-static/**',
      'reports/**',
      '**/.data/**',
      'packages/elements/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'smart'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['scripts/**', 'tests/**', '**/*.config.*', '.storybook/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  ...dependencyDirection,
  prettier,
);
