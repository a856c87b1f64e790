/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  testTimeout: 30000,
  // Compiles once for the tests that spawn dist/src/emulator/main.js (skipped when the build is up to date).
  globalSetup: '<rootDir>/test/support/global-build.ts',
  setupFiles: ['<rootDir>/test/setup-env.ts'],
};
