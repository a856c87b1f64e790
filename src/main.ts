import { ConfigError, gatewayConfigFromEnv } from './config';
import { startEmulator, StoreError, type RunningEmulator } from './emulator';
import { startGateway } from './gateway';
import { setFlagsFromString } from 'node:v8';

// Under a steady request load V8 lets the old generation fill with garbage up to about four times the live heap
// before a full collection, so the process's memory climbs for minutes after start. Growing it by the live heap (100%)
// keeps RSS flat over 10,000 requests; a larger young generation (--max-semi-space-size=32, which V8 reads only at
// start-up, so npm start and the Docker image pass it) lets a large query's objects die young instead of filling the
// old generation. `npm run bench -- cpu` measures the settings against each other (passing --heap-growing-percent on
// node's command line overrides this one). The flag is read whenever V8 sizes the heap, so setting it here takes effect.
if (!process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent'))) setFlagsFromString('--heap-growing-percent=100');

/**
 * A listen failure in words that name the variables to change (PORT/HOST for the gateway, EMULATOR_PORT/EMULATOR_HOST
 * for the embedded emulator); undefined for any other error.
 */
function listenFailure(error: unknown, vars: { host: string; port: string }, host: string, port: number): string | undefined {
  const e = error as NodeJS.ErrnoException;
  if (e?.syscall !== 'listen') return undefined;
  if (e.code === 'EADDRINUSE') return `port ${port} on ${host} is already in use; set ${vars.port} to a free port (0 picks one)`;
  return `cannot listen on ${vars.host}=${host} ${vars.port}=${port}: ${e.code ?? e.message}`;
}

/** Starts one listener; a listen failure ends the process (status 1) with a line naming the variables to change. */
async function listening<T>(start: () => Promise<T>, vars: { host: string; port: string }, host: string, port: number): Promise<T> {
  try {
    return await start();
  } catch (error) {
    const why = listenFailure(error, vars, host, port);
    if (!why) throw error;
    console.error(`transfer-graph: ${why}`);
    process.exit(1);
  }
}

/** The main command: configuration → the embedded emulator when no upstream is configured → the gateway. */
async function main(): Promise<void> {
  let config;
  try {
    config = gatewayConfigFromEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`transfer-graph: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  // Registered before anything makes a span; without the variables no SDK is loaded.
  const tracing = config.tracing && (await import('./gateway/observability/tracing-sdk')).registerTracingSdk(config.tracing);
  if (config.tracing)
    console.log(`OpenTelemetry traces to ${config.tracing.tracesUrl.replace(/\/\/[^@/]*@/, '//')} as ${config.tracing.serviceName}`);
  let emulator: RunningEmulator | undefined;
  let target;
  if (config.upstream.kind === 'embedded') {
    const options = config.upstream.emulator;
    try {
      emulator = await listening(
        () => startEmulator(options),
        { host: 'EMULATOR_HOST', port: 'EMULATOR_PORT' },
        options.host,
        options.port,
      );
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      console.error(`transfer-graph: the embedded emulator ${error.message}`);
      process.exit(1);
    }
    target = { endpoint: emulator.endpoint, region: config.upstream.region };
    console.log(`Embedded Transfer Family emulator at ${emulator.endpoint} (state: ${config.upstream.emulator.dataPath})`);
  } else if (config.upstream.kind === 'endpoint') {
    target = { endpoint: config.upstream.endpoint, region: config.upstream.region };
  } else {
    target = { region: config.upstream.region };
  }
  const gateway = await listening(
    () => startGateway({ ...config, upstream: target }, config.host, config.port),
    { host: 'HOST', port: 'PORT' },
    config.host,
    config.port,
  );
  console.log(
    `transfer-graph ready: GraphQL at ${gateway.graphqlUrl}, health at ${gateway.url}/healthz, readiness at ${gateway.url}/readyz`,
  );

  const stop = (signal: NodeJS.Signals) => {
    const graceMs = config.shutdownGraceMs;
    // Whatever happens while closing, the process is gone soon after the grace (within 14 s by default).
    setTimeout(() => process.exit(1), graceMs + 1500).unref();
    console.log(`transfer-graph: ${signal}: no new requests; finishing those in flight (up to ${graceMs} ms)`);
    gateway
      .drain(graceMs)
      .then((finished) => finished || console.log('transfer-graph: grace over; closing the requests still in flight'))
      .then(() => gateway.close())
      .then(() => emulator?.close())
      // Flushes the spans still buffered; a collector that is down does not make the stop a failure.
      .then(() => tracing?.shutdown().catch(() => undefined))
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`transfer-graph: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
