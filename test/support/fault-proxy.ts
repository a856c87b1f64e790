import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does to one call: `throttle` and `error-before` answer without forwarding (nothing happens);
 * `error-after` forwards, lets the emulator carry the call out, then answers 500 (AWS did it but said it failed);
 * `silence-before` and `silence-after` never answer, having forwarded nothing or the call.
 */
export type FaultMode = 'throttle' | 'error-before' | 'error-after' | 'silence-before' | 'silence-after';

export interface FaultProxy {
  endpoint: string;
  /** The next call of `operation` meets `mode`; faults queue up per operation. */
  failNext(operation: string, mode: FaultMode): void;
  /** Calls that reached the proxy, by operation (whatever became of them). */
  calls: Record<string, number>;
  close(): Promise<void>;
}

function awsError(res: ServerResponse, status: number, type: string, message: string) {
  const body = JSON.stringify({ __type: type, Message: message });
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** A proxy on 127.0.0.1 in front of an emulator that fails chosen calls in chosen ways, for deterministic fault specs. */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const queued = new Map<string, FaultMode[]>();
  const calls: Record<string, number> = {};
  const forward = async (req: IncomingMessage, body: Buffer) => {
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
    return fetch(`${target}${req.url}`, { method: req.method, headers, body: body.length ? body : undefined });
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const operation = String(req.headers['x-amz-target'] ?? '').replace('TransferService.', '');
    calls[operation] = (calls[operation] ?? 0) + 1;
    const mode = queued.get(operation)?.shift();
    if (mode === 'throttle') return awsError(res, 400, 'ThrottlingException', 'Rate exceeded (injected by the test proxy)');
    if (mode === 'error-before') return awsError(res, 500, 'InternalServiceError', 'Failed before doing anything (injected by the test proxy)');
    if (mode === 'silence-before') return;
    const answer = await forward(req, body);
    const text = await answer.text();
    if (mode === 'error-after') return awsError(res, 500, 'InternalServiceError', 'Failed after doing it (injected by the test proxy)');
    if (mode === 'silence-after') return;
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!['content-length', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)) headers[name] = value;
    });
    res.writeHead(answer.status, { ...headers, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  // A forward that fails (the emulator gone) drops the connection, as a dead upstream would.
  const server: Server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    failNext(operation, mode) {
      queued.set(operation, [...(queued.get(operation) ?? []), mode]);
    },
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
