/**
 * Lays the emulator out as a package of its own (after `tsc -p tsconfig.build.json`): its built modules with their
 * types, the model table, its README and a manifest whose versions are the root's pins. No `files` field is needed:
 * the folder holds only what ships. Usage: npm run pack:emulator, then npm publish ./dist/emulator-package.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface RootManifest {
  version: string;
  license: string;
  engines: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

/** The published package's name, which is also its command's, so that `npx transfer-emulator` finds both. */
export const EMULATOR_PACKAGE_NAME = 'transfer-emulator';
/** What its built code requires at run time. */
export const EMULATOR_DEPENDENCIES = [
  '@peculiar/x509',
  '@smithy/protocol-http',
  '@smithy/signature-v4',
  'better-sqlite3',
  'reflect-metadata',
];
/** What only its type declarations name (the SDK's shapes of the records, the SQLite binding's error type). */
export const EMULATOR_TYPE_PEERS = ['@aws-sdk/client-transfer', '@types/better-sqlite3'];

/** The published package's manifest: the emulator's entry points, with each version pinned as the root pins it. */
export function emulatorManifest(root: RootManifest): Record<string, unknown> {
  const pinned = (names: readonly string[]) =>
    Object.fromEntries(names.map((name) => [name, root.dependencies[name] ?? root.devDependencies[name]]));
  return {
    name: EMULATOR_PACKAGE_NAME,
    version: root.version,
    description: 'A local AWS Transfer Family (AS2) emulator for any AWS SDK, with its state in SQLite',
    license: root.license,
    engines: root.engines,
    main: 'index.js',
    types: 'index.d.ts',
    exports: { '.': { types: './index.d.ts', default: './index.js' }, './package.json': './package.json' },
    bin: { [EMULATOR_PACKAGE_NAME]: 'main.js' },
    dependencies: pinned(EMULATOR_DEPENDENCIES),
    peerDependencies: pinned(EMULATOR_TYPE_PEERS),
    peerDependenciesMeta: Object.fromEntries(EMULATOR_TYPE_PEERS.map((name) => [name, { optional: true }])),
  };
}

/** Writes the package into `out` (emptied first) from the project at `root`, whose dist/ must be built. */
export function stageEmulatorPackage(root: string, out: string): void {
  rmSync(out, { recursive: true, force: true });
  // Source maps point at src/emulator/*.ts, which does not ship.
  cpSync(join(root, 'dist', 'src', 'emulator'), out, { recursive: true, filter: (path) => !path.endsWith('.map') });
  cpSync(join(root, 'src', 'emulator', 'README.md'), join(out, 'README.md'));
  const manifest = emulatorManifest(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as RootManifest);
  writeFileSync(join(out, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
}

if (require.main === module) {
  const root = join(__dirname, '..', '..');
  const out = join(root, 'dist', 'emulator-package');
  stageEmulatorPackage(root, out);
  console.log(`wrote the ${EMULATOR_PACKAGE_NAME} package to ${out}`);
}
