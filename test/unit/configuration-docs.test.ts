import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentedDefault, gatewayConfigFromEnv, SETTINGS, type Setting } from '../../src/config';
import { emulatorOptionsFromEnv } from '../../src/emulator/config';

const DOC = readFileSync(join(__dirname, '..', '..', 'docs', 'configuration.md'), 'utf8');
/** The variables docs/configuration.md documents: the first column of its tables. */
const documented = new Set([...DOC.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]));

/** Every variable the gateway's and the emulator's configuration read while parsing `env`, recorded through a Proxy. */
function variablesRead(env: Record<string, string>): Set<string> {
  const read = new Set<string>();
  const recorder = new Proxy(env, {
    get(target, name) {
      if (typeof name === 'string' && /^[A-Z][A-Z0-9_]*$/.test(name)) read.add(name);
      return Reflect.get(target, name) as unknown;
    },
  });
  gatewayConfigFromEnv(recorder);
  // The embedded emulator's settings are read from a copy of the environment; the emulator alone reads them as is.
  emulatorOptionsFromEnv(recorder);
  return read;
}

const keysFile = join(mkdtempSync(join(tmpdir(), 'config-docs-')), 'keys.json');
writeFileSync(keysFile, JSON.stringify({ keys: [{ name: 'portal', role: 'reader', sha256: 'a'.repeat(64) }] }));

/** The ways people run it: embedded emulator, API keys, JWT against real AWS, an endpoint, traced. */
const VARIANTS: Array<Record<string, string>> = [
  {},
  { AUTH_MODE: 'apikey', API_KEYS_FILE: keysFile, REDIS_URL: 'redis://127.0.0.1:6379' },
  {
    TRANSFER_BACKEND: 'aws',
    AUTH_MODE: 'jwt',
    JWT_ISSUER: 'https://issuer.example',
    JWT_AUDIENCE: 'tg',
    JWT_JWKS_URL: 'https://issuer.example/jwks',
  },
  { TRANSFER_ENDPOINT: 'http://127.0.0.1:4100' },
  { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' },
];

/** Read from the AWS SDK's own conventions, documented by AWS rather than here. */
const AWS_CONVENTIONS = ['AWS_DEFAULT_REGION'];

describe('docs/configuration.md', () => {
  const read = new Set(VARIANTS.flatMap((env) => [...variablesRead(env)]));

  it('documents every variable the configuration reads', () => {
    expect([...read].filter((name) => !documented.has(name) && !AWS_CONVENTIONS.includes(name)).sort()).toEqual([]);
  });

  it('shows each gateway variable with the default of the settings table (src/config/settings.ts)', () => {
    const shown = new Map([...DOC.matchAll(/^\| `([A-Z0-9_]+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2].trim()]));
    const table = Object.entries(SETTINGS as Record<string, Setting>).map(([name, setting]) => [name, documentedDefault(setting)]);
    expect(table.filter(([name, value]) => shown.get(name) !== value)).toEqual([]);
  });

  it('has a settings-table entry for every gateway variable the configuration reads', () => {
    const gatewayRead = [...read].filter((name) => !name.startsWith('EMULATOR_') && !AWS_CONVENTIONS.includes(name));
    expect(gatewayRead.filter((name) => !(name in SETTINGS)).sort()).toEqual([]);
  });

  it('documents only variables the configuration reads', () => {
    expect([...documented].filter((name) => !read.has(name)).sort()).toEqual([]);
  });
});
