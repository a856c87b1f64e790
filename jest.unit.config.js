/**
 * `npm run test:unit`: the in-process specs of test/unit alone. They need no build (dist/), so the global build of
 * jest.config.js is left out: the fast subset stays fast right after a change to src/.
 */
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = { ...base, roots: ['<rootDir>/test/unit'], globalSetup: undefined };
