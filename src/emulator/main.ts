import { ConfigError, emulatorOptionsFromEnv, startEmulator } from './index';

/** `npm run emulator`: the emulator alone, configured by EMULATOR_* variables. */
async function main(): Promise<void> {
  let options;
  try {
    options = emulatorOptionsFromEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`emulator: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const emulator = await startEmulator(options);
  console.log(`Transfer Family emulator ready at ${emulator.endpoint} (state: ${options.dataPath})`);
  const stop = () => {
    emulator.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`emulator: ${(error as Error).message}`);
  process.exit(1);
});
