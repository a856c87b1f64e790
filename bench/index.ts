/** `npm run bench`: runs each benchmark in turn and prints its table. */
import { benchEmulator } from './emulator';

async function main(): Promise<void> {
  console.log(await benchEmulator());
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error((error as Error).stack ?? error);
    process.exit(1);
  },
);
