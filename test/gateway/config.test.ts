import { ConfigError, gatewayConfigFromEnv } from '../../src/config/gateway';

describe('gatewayConfigFromEnv', () => {
  it('defaults to port 4000 on 127.0.0.1 with the embedded emulator seeded with the demo data', () => {
    const config = gatewayConfigFromEnv({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      concurrencyPerRequest: 16,
      concurrencyPerProcess: 64,
      upstreamTimeoutMs: 5000,
      upstreamMaxAttempts: 3,
      redisTimeoutMs: 1000,
      upstream: { kind: 'embedded', emulator: { seed: 'demo', port: 4100, dataPath: '.data/emulator.sqlite' } },
    });
  });

  it('reads REDIS_TIMEOUT_MS, the time allowed for one Redis command', () => {
    expect(gatewayConfigFromEnv({ REDIS_URL: 'redis://cache:6379', REDIS_TIMEOUT_MS: '400' })).toMatchObject({
      redisUrl: 'redis://cache:6379',
      redisTimeoutMs: 400,
    });
  });

  it('lets EMULATOR_* variables shape the embedded emulator', () => {
    const config = gatewayConfigFromEnv({ EMULATOR_PORT: '0', EMULATOR_DATA: ':memory:' });
    expect(config.upstream).toMatchObject({ kind: 'embedded', emulator: { port: 0, dataPath: ':memory:' } });
  });

  it('uses TRANSFER_ENDPOINT with AWS_REGION for any Transfer-compatible endpoint', () => {
    expect(gatewayConfigFromEnv({ TRANSFER_ENDPOINT: 'http://127.0.0.1:4100/', AWS_REGION: 'eu-west-1' }).upstream).toEqual({
      kind: 'endpoint',
      endpoint: 'http://127.0.0.1:4100',
      region: 'eu-west-1',
    });
  });

  it('uses real AWS with TRANSFER_BACKEND=aws (open only when ALLOW_UNAUTHENTICATED=true says so)', () => {
    expect(gatewayConfigFromEnv({ TRANSFER_BACKEND: 'aws', AWS_REGION: 'us-west-2', ALLOW_UNAUTHENTICATED: 'true' }).upstream).toEqual({
      kind: 'aws',
      region: 'us-west-2',
    });
  });

  it('bounds WebSockets by default: connection_init within 3 s, 100 connections waiting for it, 20 live subscriptions per principal', () => {
    expect(gatewayConfigFromEnv({}).webSocket).toEqual({ initTimeoutMs: 3000, maxUnauthenticated: 100, maxPerPrincipal: 20 });
    expect(gatewayConfigFromEnv({ SUBSCRIPTION_MAX_PER_PRINCIPAL: '5' }).webSocket.maxPerPrincipal).toBe(5);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 0 to 65535, got "eighty"'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535, got "70000"'],
    [{ TRANSFER_BACKEND: 'gcp' }, 'TRANSFER_BACKEND must be "emulator" or "aws", got "gcp"'],
    [{ TRANSFER_ENDPOINT: 'ftp://x' }, 'TRANSFER_ENDPOINT must be an http(s) URL, got "ftp://x"'],
    [{ TRANSFER_ENDPOINT: 'not a url' }, 'TRANSFER_ENDPOINT must be an http(s) URL, got "not a url"'],
    [{ TRANSFER_BACKEND: 'aws', TRANSFER_ENDPOINT: 'http://x' }, 'TRANSFER_ENDPOINT cannot be combined with TRANSFER_BACKEND=aws'],
    [{ AWS_REGION: 'mars' }, 'AWS_REGION must be a region name such as us-east-1, got "mars"'],
    [{ UPSTREAM_CONCURRENCY_PER_REQUEST: '0' }, 'UPSTREAM_CONCURRENCY_PER_REQUEST must be a whole number from 1 to 1000, got "0"'],
    [{ REDIS_TIMEOUT_MS: '5' }, 'REDIS_TIMEOUT_MS must be a whole number from 10 to 10000, got "5"'],
    [{ REDIS_TIMEOUT_MS: 'soon' }, 'REDIS_TIMEOUT_MS must be a whole number from 10 to 10000, got "soon"'],
    [{ EMULATOR_SEED: 'prod' }, 'EMULATOR_SEED accepts only "demo" (or nothing), got "prod"'],
    [{ SUBSCRIPTION_MAX_PER_PRINCIPAL: '0' }, 'SUBSCRIPTION_MAX_PER_PRINCIPAL must be a whole number from 1 to 10000, got "0"'],
    [{ WEBSOCKET_INIT_TIMEOUT_MS: 'soon' }, 'WEBSOCKET_INIT_TIMEOUT_MS must be a whole number from 100 to 60000, got "soon"'],
    [{ WEBSOCKET_MAX_UNAUTHENTICATED: '-1' }, 'WEBSOCKET_MAX_UNAUTHENTICATED must be a whole number from 1 to 100000, got "-1"'],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => gatewayConfigFromEnv(env)).toThrow(new ConfigError(message));
  });
});
