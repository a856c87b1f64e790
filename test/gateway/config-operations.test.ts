import { ConfigError, gatewayConfigFromEnv } from '../../src/config/gateway';

describe('gatewayConfigFromEnv: subscriptions', () => {
  it('polls a followed transfer every second, and follows at most 100 transfers at once, by default', () => {
    expect(gatewayConfigFromEnv({}).subscriptions).toEqual({ pollIntervalMs: 1000, maxTransfers: 100 });
  });

  it('reads SUBSCRIPTION_POLL_INTERVAL_MS and SUBSCRIPTION_MAX_TRANSFERS', () => {
    expect(gatewayConfigFromEnv({ SUBSCRIPTION_POLL_INTERVAL_MS: '250', SUBSCRIPTION_MAX_TRANSFERS: '20' }).subscriptions).toEqual({
      pollIntervalMs: 250,
      maxTransfers: 20,
    });
  });

  it.each([
    [{ SUBSCRIPTION_POLL_INTERVAL_MS: '50' }, 'SUBSCRIPTION_POLL_INTERVAL_MS must be a whole number from 100 to 60000, got "50"'],
    [{ SUBSCRIPTION_MAX_TRANSFERS: '0' }, 'SUBSCRIPTION_MAX_TRANSFERS must be a whole number from 1 to 10000, got "0"'],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => gatewayConfigFromEnv(env)).toThrow(new ConfigError(message));
  });
});

describe('gatewayConfigFromEnv: TRANSFER_REGIONS', () => {
  it('serves AWS_REGION alone by default', () => {
    expect(gatewayConfigFromEnv({ AWS_REGION: 'eu-central-1' }).regions).toEqual(['eu-central-1']);
  });

  it("serves every region listed, the first being the gateway's own", () => {
    const config = gatewayConfigFromEnv({ TRANSFER_REGIONS: 'eu-west-1, us-east-1', TRANSFER_ENDPOINT: 'http://127.0.0.1:4100' });
    expect(config.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(config.upstream).toEqual({ kind: 'endpoint', endpoint: 'http://127.0.0.1:4100', region: 'eu-west-1' });
  });

  it.each([
    [
      { TRANSFER_REGIONS: 'us-east-1,mars' },
      'TRANSFER_REGIONS must be 1 to 20 comma-separated region names such as us-east-1,eu-west-1, got "us-east-1,mars"',
    ],
    [
      { TRANSFER_REGIONS: 'us-east-1,' },
      'TRANSFER_REGIONS must be 1 to 20 comma-separated region names such as us-east-1,eu-west-1, got "us-east-1,"',
    ],
    [{ TRANSFER_REGIONS: 'us-east-1,eu-west-1,us-east-1' }, 'TRANSFER_REGIONS names us-east-1 twice, in "us-east-1,eu-west-1,us-east-1"'],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => gatewayConfigFromEnv(env)).toThrow(new ConfigError(message));
  });
});
