import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'storybook-static/**', 'site/**', 'bench/.out/**', '.cache/**', 'packages/sinocarte/custom-elements.json', 'docs/**/*.js', 'packages/sinocarte/test/types/**'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended, wcConfigs['flat/recommended'], litConfigs['flat/recommended']],
    rules: {
      // Strict CSP: no style bindings in templates (set styles through CSSOM or classes).
      'lit/no-template-bind': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: it breaks under a strict Content-Security-Policy.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: it breaks under a strict Content-Security-Policy.' },
        { selector: 'TemplateLiteral > TemplateElement[value.raw=/style=\\x22?$/]', message: 'No style=${…} binding: it breaks under a strict Content-Security-Policy.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'd3', message: 'Import the d3 submodule you need (d3-geo, d3-scale…), never the umbrella.' }, { name: 'lit/directives/style-map.js', message: 'styleMap breaks under a strict Content-Security-Policy.' }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Pure logic never depends on the elements' machinery: lib/ does not import internal/ (internal/i18n's
    // number and locale helpers excepted, pure functions that have not moved yet).
    files: ['packages/sinocarte/src/lib/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'd3', message: 'Import the d3 submodule you need (d3-geo, d3-scale…), never the umbrella.' }],
          patterns: [{ regex: '^\\.\\./internal/(?!i18n\\.js$)', message: 'lib/ holds pure logic: invert the dependency (internal/ imports lib/, not the reverse).' }],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'stories/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'lit/no-template-bind': 'off' },
  },
);
