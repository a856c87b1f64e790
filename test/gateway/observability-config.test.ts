import { ConfigError, gatewayConfigFromEnv } from '../../src/config/gateway';

describe('FEDERATION, PLAYGROUND and LOG_LEVEL', () => {
  it('default to a plain schema, the playground on, and info logs', () => {
    expect(gatewayConfigFromEnv({})).toMatchObject({ federation: false, playground: true, logLevel: 'info' });
  });

  it('take "true"/"false" and a pino level', () => {
    expect(gatewayConfigFromEnv({ FEDERATION: 'true', PLAYGROUND: 'false', LOG_LEVEL: 'silent' })).toMatchObject({
      federation: true,
      playground: false,
      logLevel: 'silent',
    });
  });

  it.each([
    [{ FEDERATION: 'yes' }, 'FEDERATION must be "true" or "false", got "yes"'],
    [{ PLAYGROUND: '0' }, 'PLAYGROUND must be "true" or "false", got "0"'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"'],
  ])('refuses %j naming the variable and the accepted values', (env, message) => {
    expect(() => gatewayConfigFromEnv(env)).toThrow(new ConfigError(message));
  });
});
