import { join } from 'node:path';
import { defineConfig } from 'vite';
import { portalSchema } from './client-schema.mts';

// Built into dist/portal by `npm run build`; relative asset URLs so the gateway can serve it under /portal/.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: '../dist/portal', emptyOutDir: true, modulePreload: { polyfill: false } },
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [portalSchema(join(import.meta.dirname, '..', 'schema.graphql'))],
});
