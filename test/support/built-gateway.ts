import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** What `npm start` runs (built by the jest globalSetup). */
export const GATEWAY_ENTRY = join(__dirname, '..', '..', 'dist', 'src', 'main.js');

export interface BuiltGateway {
  process: ChildProcess;
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  graphqlUrl: string;
  output(): string;
  /** Kills the process (SIGKILL) and waits for it to end. */
  stop(): Promise<void>;
}

/**
 * Runs the built gateway as users do (`node dist/src/main.js`, NODE_ENV=production) in front of `endpoint`, on
 * 127.0.0.1 at a free port, and waits (at most 20 s) for its ready line.
 */
export async function spawnBuiltGateway(endpoint: string, env: Record<string, string> = {}): Promise<BuiltGateway> {
  const child = spawn(process.execPath, [GATEWAY_ENTRY], {
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', TRANSFER_ENDPOINT: endpoint, LOG_LEVEL: 'silent', PLAYGROUND: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`gateway not ready within 20 s: ${out}`));
    }, 20_000);
    const onData = () => {
      const m = /GraphQL at (http:\/\/\S+\/graphql)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve(m[1]);
    };
    child.stdout.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`gateway exited before it was ready: ${out}`));
    });
  });
  return {
    process: child,
    url: graphqlUrl.replace(/\/graphql$/, ''),
    graphqlUrl,
    output: () => out,
    async stop() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
