import { HeaderMap, type ApolloServer } from '@apollo/server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayContext } from '../request/context';
import type { RequestDeadline } from '../request/deadline';
import { REQUEST_ID_HEADER, requestIdFor, type Logger } from '../observability/logger';
import type { GatewayMetrics } from '../observability/metrics';
import { traceOperation } from '../observability/tracing';
import type { Security } from '../security';
import { hostAllowed, hostRefusal } from './allowed-hosts';
import { withCsrfHint } from './csrf-hint';
import { PLAYGROUND_ASSET_PREFIX, sendPlaygroundAsset, sendPlaygroundPage, wantsPlayground } from './playground';
import { sendPortal } from './portal';
import type { Readiness } from './readiness';
import { Drain } from './shutdown';

/** Largest HTTP body (and WebSocket frame) read: 1 MiB. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** What the routes answer with: the parts the composition root (gateway/index.ts) made. */
export interface HttpParts {
  apollo: ApolloServer<GatewayContext>;
  security: Pick<Security, 'admit' | 'checkDocuments'>;
  /** A request's context before admission: its loaders and regions, with `signal` for its AWS calls. */
  context(signal: AbortSignal): GatewayContext;
  readiness: Readiness;
  metrics: GatewayMetrics;
  logger: Logger;
  log: (message: string, error?: unknown) => void;
  playground: boolean;
  portal: boolean;
  allowedHosts?: string[];
}

/** The gateway's HTTP server, not yet listening (the WebSocket server attaches to it first). */
export interface HttpServer {
  server: Server;
  drain: Drain;
  /** Listens on host:port and answers the base URL, e.g. http://127.0.0.1:4000. */
  listen(host: string, port: number): Promise<string>;
  close(): Promise<void>;
}

/**
 * The routes: /graphql (Apollo; the GraphiQL playground for a browser), /healthz (alive), /readyz (the upstream
 * answers), /metrics (Prometheus), the playground at / with its files under /playground/ and the partner portal at /portal/.
 */
export function createHttpServer(parts: HttpParts): HttpServer {
  const server: Server = createServer((req, res) => {
    route(req, res).catch((error) => {
      parts.log('unexpected failure in the HTTP layer', error);
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    });
  });
  const drain = new Drain(server);

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    // Probes (a kubelet's Host is the pod's address) learn nothing from the health answers; everything else is checked.
    if (path !== '/healthz' && path !== '/readyz' && !hostAllowed(req.headers.host, parts.allowedHosts))
      return send(res, 421, hostRefusal(req.headers.host));
    if (drain.started && path !== '/healthz') return send(res, 503, { status: 'shutting down' });
    if (path === '/healthz') return send(res, 200, { status: 'ok' });
    if (path === '/readyz') return ready(res);
    if (path === '/metrics' && req.method === 'GET') return sendMetrics(res);
    if (path === '/graphql') return parts.playground && wantsPlayground(req) ? sendPlaygroundPage(res) : graphql(req, res);
    if (parts.playground && path === '/' && req.method === 'GET') return sendPlaygroundPage(res);
    if (
      parts.playground &&
      path.startsWith(PLAYGROUND_ASSET_PREFIX) &&
      sendPlaygroundAsset(req, res, path.slice(PLAYGROUND_ASSET_PREFIX.length))
    )
      return;
    if (parts.portal && sendPortal(req, res, path)) return;
    send(res, 404, { error: `nothing at ${path}; the GraphQL endpoint is /graphql` });
  }

  async function sendMetrics(res: ServerResponse): Promise<void> {
    const text = await parts.metrics.scrape();
    res.writeHead(200, { 'content-type': parts.metrics.contentType, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  async function ready(res: ServerResponse): Promise<void> {
    const verdict = await parts.readiness.verdict();
    if (verdict.ready) send(res, 200, { status: 'ready' });
    else send(res, 503, { status: 'upstream unavailable', error: verdict.error });
  }

  async function graphql(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.once('finish', () => parts.metrics.httpResponse(res.statusCode));
    const body = await readBody(req);
    if (body === ABORTED) {
      // Anyone can hang up mid-body, credentials or not: a count and a debug line, not an error with a stack each.
      parts.metrics.httpRequestAborted();
      parts.logger.debug({ remoteAddress: req.socket.remoteAddress }, 'client hung up before its request body arrived');
      return;
    }
    if (body === undefined)
      return send(res, 413, {
        errors: [{ message: `Request body larger than ${MAX_BODY_BYTES} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const requestId = requestIdFor(headers.get(REQUEST_ID_HEADER));
    headers.set(REQUEST_ID_HEADER, requestId);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    let parsedBody: unknown = body;
    if (headers.get('content-type')?.startsWith('application/json') && body) {
      try {
        parsedBody = JSON.parse(body);
      } catch {
        return send(res, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
      }
    }
    const abort = new AbortController();
    // Only a client gone before its answer cancels the work: aborting after every answer would fire the abort through
    // every AWS call's signal of the request (a DOMException and its listeners each time) for nothing.
    res.once('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    const search = new URL(req.url ?? '/', 'http://x').search;
    let deadline: RequestDeadline | undefined;
    res.once('close', () => deadline?.end());
    const response = await traceOperation(headers, requestId, () =>
      parts.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body: parsedBody },
        context: async () => {
          const admission = await parts.security.admit((name) => headers.get(name), req.socket.remoteAddress, abort.signal);
          deadline = admission.deadline;
          parts.security.checkDocuments(parsedBody, search);
          return { ...parts.context(admission.deadline?.signal ?? abort.signal), ...admission };
        },
      }),
    );
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      const body = withCsrfHint(response.status, response.body.string, {
        method: req.method ?? 'GET',
        contentType: headers.get('content-type'),
      });
      if (body !== response.body.string) res.removeHeader('content-length');
      res.end(body);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return {
    server,
    drain,
    async listen(host, port) {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
      });
      const address = server.address() as AddressInfo;
      return `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** What readBody answers when the client hung up before the whole body arrived. */
const ABORTED = Symbol('aborted');

/** The request body as text; undefined when over MAX_BODY_BYTES; ABORTED when the client hung up mid-body. */
function readBody(req: IncomingMessage): Promise<string | undefined | typeof ABORTED> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', (error: NodeJS.ErrnoException) => (req.destroyed && !req.complete ? resolve(ABORTED) : reject(error)));
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
