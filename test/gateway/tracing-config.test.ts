import { ConfigError, gatewayConfigFromEnv } from '../../src/config/gateway';

describe('OTEL_* variables', () => {
  it('leave tracing off when neither OTLP endpoint is set, whatever else is', () => {
    expect(gatewayConfigFromEnv({ OTEL_SERVICE_NAME: 'graph', OTEL_BSP_SCHEDULE_DELAY: 'soon' }).tracing).toBeUndefined();
  });

  it('export to OTEL_EXPORTER_OTLP_ENDPOINT/v1/traces as transfer-graph, every 5 s, 10 s per export, by default', () => {
    expect(gatewayConfigFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing).toEqual({
      tracesUrl: 'http://collector:4318/v1/traces',
      serviceName: 'transfer-graph',
      headers: {},
      exportTimeoutMs: 10_000,
      scheduleDelayMs: 5000,
    });
  });

  it('take the traces endpoint as given, a base path, the service name, percent-encoded headers, timeout and delay', () => {
    expect(
      gatewayConfigFromEnv({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otlp.example.com/prefix/',
        OTEL_SERVICE_NAME: 'graph-eu',
        OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=abc%3D%3D, X-Team = transfers',
        OTEL_EXPORTER_OTLP_TIMEOUT: '2000',
        OTEL_BSP_SCHEDULE_DELAY: '100',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      }).tracing,
    ).toEqual({
      tracesUrl: 'https://otlp.example.com/prefix/v1/traces',
      serviceName: 'graph-eu',
      headers: { 'x-api-key': 'abc==', 'x-team': 'transfers' },
      exportTimeoutMs: 2000,
      scheduleDelayMs: 100,
    });
    expect(
      gatewayConfigFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b:4318/traces' })
        .tracing?.tracesUrl,
    ).toBe('http://b:4318/traces');
  });

  it.each([
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }, 'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL, got "collector:4318"'],
    [
      { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'grpc://collector:4317' },
      'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be an http(s) URL, got "grpc://collector:4317"',
    ],
    [
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' },
      'OTEL_EXPORTER_OTLP_PROTOCOL must be http/json (the only protocol the gateway exports with), got "grpc"',
    ],
    [
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_HEADERS: 'a=b,s3cr3t' },
      'OTEL_EXPORTER_OTLP_HEADERS must be comma-separated name=value pairs (values percent-encoded); entry 2 is not',
    ],
    [
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_HEADERS: 'key=%zz-secret' },
      'OTEL_EXPORTER_OTLP_HEADERS must be comma-separated name=value pairs (values percent-encoded); entry 1 is not',
    ],
    [
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_BSP_SCHEDULE_DELAY: '0' },
      'OTEL_BSP_SCHEDULE_DELAY must be a whole number from 1 to 600000, got "0"',
    ],
    [
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_TIMEOUT: '10s' },
      'OTEL_EXPORTER_OTLP_TIMEOUT must be a whole number from 100 to 120000, got "10s"',
    ],
  ])('refuse %j naming the variable, never a header value', (env, message) => {
    expect(() => gatewayConfigFromEnv(env)).toThrow(new ConfigError(message));
  });
});
