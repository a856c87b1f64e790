// The TypeScript linter: typescript-eslint's type-checked rules, with Prettier owning the layout.
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'src/client/generated.ts', 'portal/src/generated.ts', 'portal/dist/'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Every async without await here implements a Promise-returning contract (Apollo plugin hooks, Store, budget and
      // cache interfaces, ListSource, AsyncIterator.return), where `async` also turns a throw into a rejection.
      // Promises left unhandled are caught by no-floating-promises and no-misused-promises instead.
      '@typescript-eslint/require-await': 'off',
      // A leading underscore marks a binding kept on purpose: the uniform `xPlugin(options)` signature, a loop that only counts.
      // Rest siblings are how a member is left out of a copy (`const { http, ...extensions } = …`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Passing on a rejection reason received from elsewhere (a caught error, a client's error callback) is not
      // inventing a non-Error one.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },
  {
    // Specs and benches read untyped JSON (GraphQL responses, emulator stats) and assert on it with whole-object
    // expects; typing each response would double the spec without making it check more. src/ keeps these rules.
    files: ['test/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  { files: ['**/*.{js,cjs,mjs}'], ...tseslint.configs.disableTypeChecked },
  // jest's configs are CommonJS, which jest loads without a transform.
  { files: ['jest*.config.js'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  prettier,
);
