import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hash32, seededRandom } from './seeded-random';

/**
 * What the proxy does to one call: `throttle` and `error-before` answer without forwarding (nothing happens);
 * `error-after` forwards, lets the emulator carry the call out, then answers 500 (AWS did it but said it failed);
 * `silence-before` and `silence-after` never answer, having forwarded nothing or the call.
 */
export type FaultMode = 'throttle' | 'error-before' | 'error-after' | 'silence-before' | 'silence-after';

/**
 * Faults drawn at random for every call not given one by failNext: throttled or failed before anything happens, as
 * AWS does, and, independently, a latency spike before the call goes on. The draws come from `seed` and the call
 * itself (operation, body, and how many identical calls came before), not from the order calls arrive in, so one
 * seed gives the same faults to the same calls however the gateway's concurrent calls interleave.
 */
export interface RandomFaults {
  seed: number;
  /** Share of calls answered ThrottlingException, 0–100. */
  throttlePercent: number;
  /** Share of calls answered InternalServiceError, 0–100. */
  errorPercent: number;
  /** Share of calls held `spikeMs` before they go on, 0–100. */
  spikePercent: number;
  spikeMs: number;
}

export interface FaultProxy {
  endpoint: string;
  /** The next call of `operation` meets `mode`; faults queue up per operation. */
  failNext(operation: string, mode: FaultMode): void;
  /** Draws faults for every call from now on (see RandomFaults); `undefined` stops them. */
  randomly(faults: RandomFaults | undefined): void;
  /** Calls that reached the proxy, by operation (whatever became of them). */
  calls: Record<string, number>;
  /** Calls the proxy is still holding or forwarding: 0 once everything sent has landed. */
  readonly inFlight: number;
  close(): Promise<void>;
}

function awsError(res: ServerResponse, status: number, type: string, message: string) {
  const body = JSON.stringify({ __type: type, Message: message });
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'x-amzn-errortype': type,
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** A proxy on 127.0.0.1 in front of an emulator that fails chosen calls in chosen ways, for deterministic fault specs. */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const queued = new Map<string, FaultMode[]>();
  const calls: Record<string, number> = {};
  let random: RandomFaults | undefined;
  const seen = new Map<string, number>();
  let inFlight = 0;
  /** The random fault and spike of one call: a stream seeded by the run's seed and the call, nth of its kind. */
  const draw = (operation: string, body: Buffer) => {
    if (!random) return {};
    const key = `${operation}\n${body.toString('utf8')}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const next = seededRandom(hash32(`${random.seed}\n${nth}\n${key}`));
    const roll = next() * 100;
    const mode: FaultMode | undefined =
      roll < random.throttlePercent ? 'throttle' : roll < random.throttlePercent + random.errorPercent ? 'error-before' : undefined;
    return { mode, spikeMs: next() * 100 < random.spikePercent ? random.spikeMs : 0 };
  };
  const forward = async (req: IncomingMessage, body: Buffer) => {
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)),
    ) as Record<string, string>;
    return fetch(`${target}${req.url}`, { method: req.method, headers, body: body.length ? body : undefined });
  };
  const server: Server = createServer((req, res) => {
    inFlight += 1;
    void handle(req, res)
      .catch(() => res.destroy())
      .finally(() => (inFlight -= 1));
  });
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const operation = String(req.headers['x-amz-target'] ?? '').replace('TransferService.', '');
    calls[operation] = (calls[operation] ?? 0) + 1;
    const drawn = draw(operation, body);
    if (drawn.spikeMs) await new Promise((resolve) => setTimeout(resolve, drawn.spikeMs));
    const mode = queued.get(operation)?.shift() ?? drawn.mode;
    if (mode === 'throttle') return awsError(res, 400, 'ThrottlingException', 'Rate exceeded (injected by the test proxy)');
    if (mode === 'error-before')
      return awsError(res, 500, 'InternalServiceError', 'Failed before doing anything (injected by the test proxy)');
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    failNext(operation, mode) {
      queued.set(operation, [...(queued.get(operation) ?? []), mode]);
    },
    randomly(faults) {
      random = faults;
    },
    calls,
    get inFlight() {
      return inFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
