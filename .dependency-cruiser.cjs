/** The doors between the layers (docs/architecture.md); `npm run deps` checks them and `npm test` runs it. */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles anywhere: each module can be read knowing only what it imports.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'emulator-self-contained',
      severity: 'error',
      comment: 'The emulator is publishable alone: it imports nothing of ours outside src/emulator/.',
      from: { path: '^src/emulator/' },
      to: { path: '^(src|scripts|bench|test)/', pathNot: '^src/emulator/' },
    },
    {
      name: 'only-main-starts-the-emulator',
      severity: 'error',
      comment:
        "Of the product code and its scripts, only the composition root (src/main.ts) imports the emulator, and the configuration module reads the embedded one's settings with its reader; tests and bench may. What both sides need is a generated twin (scripts/twins/).",
      from: {
        path: '^(src|scripts)/',
        pathNot: ['^src/emulator/', '^src/main\\.ts$', '^src/config\\.ts$', '^src/security-config\\.ts$', '^src/config/'],
      },
      to: { path: '^src/emulator/' },
    },
    {
      name: 'resolvers-not-on-the-sdk-client',
      severity: 'error',
      comment: 'The schema reaches AWS only through the upstream layer (client and loaders); SDK types are fine.',
      from: { path: '^src/gateway/schema/' },
      to: { path: '@aws-sdk/client-transfer', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'upstream-below-the-schema',
      severity: 'error',
      comment: 'The upstream layer knows nothing of GraphQL schema, plugins or HTTP above it.',
      from: { path: '^src/gateway/upstream/' },
      to: { path: '^src/gateway/(schema|plugins|http|security|subscriptions)' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'Every import resolves (a typo in a path is an error here, not at run time).',
      from: {},
      // A package of types only: nothing to resolve at run time.
      to: { couldNotResolve: true, pathNot: '^@graphql-typed-document-node/core$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
