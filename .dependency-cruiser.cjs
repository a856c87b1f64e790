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
        pathNot: ['^src/emulator/', '^src/main\.ts$', '^src/config/'],
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
      comment:
        'The upstream layer (client, loaders, caches, Redis) is the bottom of the gateway: it imports nothing of the gateway above it.',
      from: { path: '^src/gateway/upstream/' },
      to: { path: '^src/gateway/', pathNot: '^src/gateway/upstream/' },
    },
    {
      name: 'request-below-the-writes',
      severity: 'error',
      comment: "The request's state (context, deadline, regions, principal) knows only the upstream layer below it.",
      from: { path: '^src/gateway/request/' },
      to: { path: '^src/gateway/', pathNot: '^src/gateway/(request|upstream)/' },
    },
    {
      name: 'writes-below-the-schema',
      severity: 'error',
      comment: 'Create outcomes and finders decide what a write did from the request and the upstream alone.',
      from: { path: '^src/gateway/writes/' },
      to: { path: '^src/gateway/', pathNot: '^src/gateway/(writes|request|upstream)/' },
    },
    {
      name: 'schema-below-the-server',
      severity: 'error',
      comment: 'Resolvers and types know nothing of HTTP, plugins, security wiring, observability or the WebSocket server.',
      from: { path: '^src/gateway/schema/' },
      to: { path: '^src/gateway/', pathNot: '^src/gateway/(schema|writes|request|upstream)/' },
    },
    {
      name: 'config-read-only-by-main',
      severity: 'error',
      comment: 'Configuration is read once, in src/config/, into the options each component declares; only the composition root reads it.',
      from: { path: '^src/', pathNot: ['^src/main\\.ts$', '^src/config/'] },
      to: { path: '^src/config/' },
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
