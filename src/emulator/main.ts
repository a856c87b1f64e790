#!/usr/bin/env node
import {
  ConfigError,
  DEFAULT_EMULATOR_OPTIONS,
  EMULATOR_VARIABLES,
  emulatorOptionsFromEnv,
  startEmulator,
  StoreError,
  type EmulatorOptions,
} from './index';

/** Exit status for configuration the emulator cannot use (a bad EMULATOR_* value, an argument it does not take). */
const EXIT_BAD_CONFIG = 2;
/** Exit status when the emulator cannot start with a valid configuration (port taken, state unreadable). */
const EXIT_START_FAILED = 1;

/** Says which setting a start-up failure comes from, so that the user knows what to change. */
function explainStartFailure(error: unknown, o: EmulatorOptions): string {
  if (error instanceof StoreError) return error.message;
  const e = error as NodeJS.ErrnoException;
  if (e.syscall === 'listen') {
    const why = e.code === 'EADDRINUSE' ? 'the port is in use' : (e.code ?? e.message);
    return `cannot listen on EMULATOR_HOST=${o.host} EMULATOR_PORT=${o.port}: ${why}`;
  }
  if (e.syscall) {
    return `cannot use the state file EMULATOR_DATA=${o.dataPath}: ${e.message}`;
  }
  return e.message ?? String(error);
}

/** What `transfer-emulator --help` prints: what it is, and every setting with its default. */
function usage(): string {
  const rows = EMULATOR_VARIABLES.map(({ name, option, meaning }) => {
    const fallback = DEFAULT_EMULATOR_OPTIONS[option];
    const shown = typeof fallback === 'string' || typeof fallback === 'number' ? String(fallback) : '(none)';
    return `  ${name.padEnd(30)}${shown.padEnd(24)}${meaning}`;
  });
  return [
    'Usage: transfer-emulator [--help]',
    '',
    'A local AWS Transfer Family (AS2) emulator for any AWS SDK. It prints "Transfer Family emulator ready at <endpoint>"',
    'once it listens, and stops on SIGINT or SIGTERM. It takes no arguments: its settings are environment variables.',
    '',
    `  ${'variable'.padEnd(30)}${'default'.padEnd(24)}meaning`,
    ...rows,
    '',
  ].join('\n');
}

/** `transfer-emulator` (`npm run emulator`): the emulator alone, configured by EMULATOR_* variables; prints its endpoint when ready. */
async function main(args: readonly string[]): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage());
    return;
  }
  if (args.length) {
    console.error(`emulator: unknown argument ${JSON.stringify(args[0])}: the settings are EMULATOR_* variables (see --help)`);
    process.exit(EXIT_BAD_CONFIG);
  }
  let options: EmulatorOptions;
  try {
    options = emulatorOptionsFromEnv();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`emulator: ${error.message}`);
    process.exit(EXIT_BAD_CONFIG);
  }
  let emulator;
  try {
    emulator = await startEmulator(options);
  } catch (error) {
    console.error(`emulator: ${explainStartFailure(error, options)}`);
    process.exit(EXIT_START_FAILED);
  }
  const stop = () => {
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`emulator: could not close cleanly: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Only now: whoever waits for this line may signal the process at once.
  console.log(`Transfer Family emulator ready at ${emulator.endpoint} (state: ${options.dataPath})`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`emulator: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
