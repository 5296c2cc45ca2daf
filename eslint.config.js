import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import testingLibrary from 'eslint-plugin-testing-library';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { gitignorePatterns } from './eslint/gitignore-patterns.js';
import { layerZones } from './eslint/layer-zones.js';

export default tseslint.config(
  // Lint what git tracks: whatever .gitignore keeps out (build output, reports, corpora) stays
  // out of the lint too, so a `vite build --outDir dist-x` never floods it.
  { ignores: gitignorePatterns(new URL('./.gitignore', import.meta.url)) },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      // Resolves imports the way tsc does, so a boundary holds whatever form the path takes.
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones() }],
      // A cycle makes what a module sees at load time depend on who imported first.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Rules that read types: promises nobody awaits or that land where a callback's return is
    // ignored, and `any` leaking past a boundary (unknown input is parsed, not cast).
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // An async function with no await still returns a promise, as its callers expect (writeApi,
      // Vite's hooks); dropping `async` would change the signature, not fix anything.
      '@typescript-eslint/require-await': 'off',
      // Not found is a thrown 404 Response, as the router expects of loaders.
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'lib', name: 'Response' }] },
      ],
    },
  },
  {
    // Asymmetric matchers (expect.stringContaining, expect.any) are typed `any` by design.
    files: ['**/*.test.{ts,tsx}', 'tests/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
);
