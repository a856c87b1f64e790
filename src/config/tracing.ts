import { ConfigError, text, whole } from './readers';
import type { TracingOptions } from '../gateway/observability/tracing';

function httpUrl(name: string, raw: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new ConfigError(`${name} must be an http(s) URL, got ${JSON.stringify(raw)}`);
  return url;
}

/** OTEL_EXPORTER_OTLP_HEADERS: `name=value` pairs separated by commas, values percent-encoded (as the OTLP spec says). */
function exportHeaders(raw: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!raw?.trim()) return headers;
  raw.split(',').forEach((pair, i) => {
    const at = pair.indexOf('=');
    const name = at > 0 ? pair.slice(0, at).trim() : '';
    let value: string | undefined;
    try {
      value = at > 0 ? decodeURIComponent(pair.slice(at + 1).trim()) : undefined;
    } catch {
      value = undefined;
    }
    // Named by position: an entry is usually a collector's API key, which never reaches a message.
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name) || value === undefined) {
      throw new ConfigError(
        `OTEL_EXPORTER_OTLP_HEADERS must be comma-separated name=value pairs (values percent-encoded); entry ${i + 1} is not`,
      );
    }
    headers[name.toLowerCase()] = value;
  });
  return headers;
}

/**
 * The tracing options the OTEL_* variables ask for; undefined (no tracing, no SDK loaded) unless
 * OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set.
 */
export function tracingOptionsFromEnv(env: NodeJS.ProcessEnv): TracingOptions | undefined {
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (!base && !traces) return undefined;
  const protocol = env.OTEL_EXPORTER_OTLP_PROTOCOL?.trim();
  if (protocol && protocol !== 'http/json') {
    throw new ConfigError(
      `OTEL_EXPORTER_OTLP_PROTOCOL must be http/json (the only protocol the gateway exports with), got ${JSON.stringify(protocol)}`,
    );
  }
  // The traces endpoint is used as given; the general one gets the signal's path, as the OTLP spec says.
  const tracesUrl = traces
    ? httpUrl('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', traces).href
    : `${httpUrl('OTEL_EXPORTER_OTLP_ENDPOINT', base!).href.replace(/\/$/, '')}/v1/traces`;
  return {
    tracesUrl,
    serviceName: text(env, 'OTEL_SERVICE_NAME')!,
    headers: exportHeaders(env.OTEL_EXPORTER_OTLP_HEADERS),
    exportTimeoutMs: whole(env, 'OTEL_EXPORTER_OTLP_TIMEOUT'),
    scheduleDelayMs: whole(env, 'OTEL_BSP_SCHEDULE_DELAY'),
  };
}
