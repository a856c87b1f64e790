import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { declaredOrInternal } from './declared';
import { AwsError } from './errors';
import { type Behaviour, operationContext } from './context';
import { drawFault, type FaultConfig, mergeFaultConfig } from './faults';
import { OPERATIONS } from './operations';
import { Stats } from './stats';
import { StoreError, type Store } from './store';
import { type Credentials, regionOf, verifySignature } from './sigv4';
import { validateInput } from './validate';

export interface WireOptions {
  accountId: string;
  /** When set, every AWS call must carry a valid SigV4 signature made with these credentials. */
  credentials?: Credentials;
  /** Larger request bodies are refused (a certificate chain may be up to 2 MiB of text). */
  maxBodyBytes: number;
  behaviour: Behaviour;
  faults: FaultConfig;
  log: (message: string) => void;
  /** The operations' clock; Date.now when absent. */
  now?: () => number;
}

const JSON_TYPE = 'application/x-amz-json-1.1';
const TARGET_PREFIX = 'TransferService.';
const DEFAULT_REGION = 'us-east-1';

/** The emulator's HTTP face: the awsJson1_1 protocol on `POST /` and the test hooks under `/_emulator/`. */
export class EmulatorHttp {
  readonly stats = new Stats();
  readonly server: Server;

  constructor(
    private readonly store: Store,
    private readonly options: WireOptions,
  ) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error) => {
        this.options.log(`emulator: unexpected failure: ${(error as Error).stack ?? error}`);
        if (!res.headersSent) sendError(res, new AwsError('InternalServiceError', 'An internal error occurred'), 500);
      });
    });
    this.server.keepAliveTimeout = 65_000;
  }

  async listen(host: string, port: number): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve());
    });
    const address = this.server.address() as AddressInfo;
    const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `http://${shownHost}:${address.port}`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    if (url.startsWith('/_emulator/')) return this.hook(req, res, url);
    if (req.method !== 'POST' || url.split('?')[0] !== '/') {
      return sendError(
        res,
        new AwsError('UnknownOperationException', `Expected POST / with an X-Amz-Target header, got ${req.method} ${url}`),
        404,
      );
    }
    try {
      sendJson(res, 200, await this.call(req, await readBody(req, this.options.maxBodyBytes)));
    } catch (error) {
      if (error instanceof AwsError) return sendError(res, error);
      // A store failure (disk full, read-only file) is the user's to fix, not a bug: its message says what it is.
      const detail = error instanceof StoreError ? error.message : ((error as Error).stack ?? error);
      this.options.log(`emulator: ${String(req.headers['x-amz-target'])}: ${String(detail)}`);
      sendError(res, new AwsError('InternalServiceError', 'An internal error occurred'), 500);
    }
  }

  private async call(req: IncomingMessage, body: string): Promise<unknown> {
    // As AWS does, the caller is authenticated before the operation is looked up.
    if (this.options.credentials) {
      await verifySignature(this.options.credentials, { method: req.method ?? 'POST', path: req.url ?? '/', headers: req.headers, body });
    }
    const target = String(req.headers['x-amz-target'] ?? '');
    const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
    const handler = Object.hasOwn(OPERATIONS, operation) ? OPERATIONS[operation as keyof typeof OPERATIONS] : undefined;
    if (!handler) {
      throw new AwsError(
        'UnknownOperationException',
        `Unknown operation ${JSON.stringify(target)}; expected X-Amz-Target: TransferService.<Operation>`,
      );
    }
    this.stats.record(operation);
    const { latencyMs } = this.options.faults;
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const fault = drawFault(this.options.faults);
    if (fault) throw fault;

    let parsed: unknown = {};
    if (body.trim()) {
      try {
        parsed = JSON.parse(body);
      } catch {
        throw new AwsError('SerializationException', 'The request body is not valid JSON');
      }
    }
    const region = regionOf(req.headers.authorization) ?? DEFAULT_REGION;
    const ctx = operationContext(this.store, region, this.options.accountId, this.options.behaviour, this.options.now);
    try {
      const input = validateInput(operation, parsed);
      // One transaction per call: answered only once committed; a failed commit leaves nothing behind and answers 500.
      return this.store.transaction(() => handler(ctx, input));
    } catch (error) {
      throw declaredOrInternal(operation, error);
    }
  }

  private async hook(req: IncomingMessage, res: ServerResponse, url: string): Promise<void> {
    const route = `${req.method} ${url.split('?')[0]}`;
    switch (route) {
      case 'GET /_emulator/stats':
        return sendJson(res, 200, this.stats.snapshot(), 'application/json');
      case 'POST /_emulator/stats/reset':
        this.stats.reset();
        return sendJson(res, 200, this.stats.snapshot(), 'application/json');
      case 'GET /_emulator/config':
        return sendJson(res, 200, this.options.faults, 'application/json');
      case 'PUT /_emulator/config': {
        let update: unknown;
        try {
          update = JSON.parse(await readBody(req, 64 * 1024));
        } catch {
          return sendJson(
            res,
            400,
            { message: 'expected a JSON object with latencyMs, throttlePercent and/or errorPercent' },
            'application/json',
          );
        }
        const merged = mergeFaultConfig(this.options.faults, update);
        if (typeof merged === 'string') return sendJson(res, 400, { message: merged }, 'application/json');
        Object.assign(this.options.faults, merged);
        return sendJson(res, 200, this.options.faults, 'application/json');
      }
      default:
        return sendJson(res, 404, { message: `no emulator hook at ${route}` }, 'application/json');
    }
  }
}

/** The request body as text; an oversized one is refused (and drained, so that the client still reads the answer). */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new AwsError('RequestEntityTooLargeException', `Request body exceeds ${limit} bytes`);
    if (Number(req.headers['content-length']) > limit) {
      req.resume();
      return reject(tooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > limit) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** awsJson timestamps: Dates go out as epoch seconds. */
function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? raw.getTime() / 1000 : value;
}

function sendJson(res: ServerResponse, status: number, body: unknown, type = JSON_TYPE): void {
  // Operations with an empty output answer with an empty body, as the awsJson spec recommends.
  const text =
    body === undefined || (typeof body === 'object' && body !== null && !Object.keys(body).length && type === JSON_TYPE)
      ? ''
      : JSON.stringify(body, replacer);
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
  });
  res.end(text);
}

function sendError(res: ServerResponse, error: AwsError, status = error.status): void {
  res.setHeader('x-amzn-errortype', error.type);
  sendJson(res, status, error.toBody());
}
