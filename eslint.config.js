import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const uiLibraries = ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', '@xyflow/react'];
const restrict = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'playwright-report', 'test-results', 'bench/results', 'node_modules'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a union or an as-const object.' },
      ],
    },
  },
  // Imports point one way: model ← layout ← store ← canvas/panels ← app; export reads model and layout only.
  {
    files: ['src/model/**/*.ts'],
    rules: restrict(
      [
        ...uiLibraries,
        '**/layout/**',
        '**/store/**',
        '**/canvas/**',
        '**/panels/**',
        '**/app/**',
        '**/export/**',
      ],
      'model is pure: no React, zustand, React Flow, or upper layers.',
    ),
  },
  {
    files: ['src/layout/**/*.ts'],
    rules: restrict(
      [...uiLibraries, '**/store/**', '**/canvas/**', '**/panels/**', '**/app/**', '**/export/**'],
      'layout is pure: it may import model only.',
    ),
  },
  {
    files: ['src/export/**/*.ts'],
    rules: restrict(
      [...uiLibraries, '**/store/**', '**/canvas/**', '**/panels/**', '**/app/**'],
      'export reads model and layout only.',
    ),
  },
  {
    files: ['src/store/**/*.ts'],
    rules: restrict(
      ['react-dom', '@xyflow/react', '**/canvas/**', '**/panels/**', '**/app/**'],
      'store must not import views.',
    ),
  },
  {
    files: ['src/canvas/**/*.{ts,tsx}', 'src/panels/**/*.{ts,tsx}'],
    rules: restrict(['**/app/**'], 'views must not import the app shell.'),
  },
);
