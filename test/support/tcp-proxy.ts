import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * How the proxy partitions: `hang` keeps every connection open and stops passing bytes both ways (a network that
 * stopped delivering; TCP keeps what was sent, so it all arrives on heal); `drop` resets every connection and each
 * new one at once (a network that refuses).
 */
export type PartitionMode = 'hang' | 'drop';

export interface TcpProxy {
  /** host:port of the proxy on 127.0.0.1. */
  host: string;
  partition(mode: PartitionMode): void;
  /** Passes bytes again (held ones first); new connections reach the target. */
  heal(): void;
  /** Connections accepted since the start. */
  readonly connections: number;
  close(): Promise<void>;
}

/** A TCP proxy on 127.0.0.1 in front of `targetPort`, for partitioning a client from a server (Redis) in fault specs. */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let mode: PartitionMode | undefined;
  let connections = 0;
  const pairs = new Set<[Socket, Socket]>();
  const server: Server = createServer((client) => {
    connections += 1;
    if (mode === 'drop') return void client.resetAndDestroy();
    const upstream = connect(targetPort, '127.0.0.1');
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    if (mode === 'hang') pair.forEach((s) => s.pause());
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    partition(next) {
      mode = next;
      for (const pair of [...pairs]) {
        if (next === 'drop') pair.forEach((s) => s.resetAndDestroy());
        else pair.forEach((s) => s.pause());
      }
    },
    heal() {
      mode = undefined;
      for (const pair of pairs) pair.forEach((s) => s.resume());
    },
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const pair of pairs) pair.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}
