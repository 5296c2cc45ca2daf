import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import testingLibrary from 'eslint-plugin-testing-library';
import { readdirSync } from 'node:fs';

const buildSideImports = {
  group: ['**/plugin/**', '**/bench/**'],
  message: 'src/ must not import build-side code; use api/contract.ts.',
};

// shared -> features -> app: a feature may use components/ and lib/, never another feature
// (src/app composes them), so each can change or be lazy-loaded on its own.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          buildSideImports,
          {
            group: features
              .filter((other) => other !== feature)
              .map((other) => `**/features/${other}/**`)
              .concat(
                features.filter((other) => other !== feature).map((other) => `../../${other}/**`),
                features
                  .filter((other) => other !== feature)
                  .map((other) => `../../../${other}/**`),
              ),
            message: 'Features do not import each other; compose them in src/app.',
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'bench/.corpora',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // The browser bundle may only take the API contract from outside src/, never Node code.
      'no-restricted-imports': ['error', { patterns: [buildSideImports] }],
    },
  },
  ...featureBoundaries,
  {
    files: ['src/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
);
