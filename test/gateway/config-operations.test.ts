import { ConfigError, gatewayConfigFromEnv } from '../../src/config';

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
