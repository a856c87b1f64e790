import { TransferClient } from '@aws-sdk/client-transfer';
import type { Handler, HandlerExecutionContext, HttpHandlerOptions, MiddlewareStack, RequestHandler } from '@smithy/types';
import { abortAfter, expiryOf } from './timed-signal';
import { Limiter } from './limiter';
import type { UpstreamMeter } from './meter';
import { callOutcomeMiddleware, type CallObserver } from './call-observer';
import { traceAwsCall } from './tracing';
import { familiesOfWrite, familyOfRead, type RequestCacheView, type SharedCache } from './shared-cache';

/** Time allowed, on top of the attempts themselves, for the SDK's backoff between read attempts. */
const READ_BACKOFF_ALLOWANCE_MS = 2000;

/**
 * What one send of a command carries through the SDK. The clients resolve their middleware once per command class
 * (`cacheMiddleware`), so the handler context is shared by every call of that class and per-call options are not
 * possible: the call's state rides on the command itself, the handler's first arguments, which each SDK step copies
 * into the next (`{ ...args, request }`).
 */
const CALL = Symbol('transfer-graph call');
interface CallState {
  meter: UpstreamMeter;
  signal?: AbortSignal;
}
interface CallArgs {
  [CALL]?: CallState;
  request?: unknown;
}
/** The signal of each signed HTTP request in flight, for the request handler (the SDK gives it no per-call options). */
const requestSignals = new WeakMap<object, AbortSignal>();

/** The AWS operation name of the command a middleware runs for, e.g. `DescribeProfile`. */
const operationIn = (context: HandlerExecutionContext) => (context.commandName ?? '').replace(/Command$/, '');

/** Credentials the emulator accepts without checking (it checks only when EMULATOR_CREDENTIALS is set). */
const EMULATOR_CREDENTIALS = { accessKeyId: 'transfer-graph', secretAccessKey: 'transfer-graph' };

/* eslint-disable @typescript-eslint/no-explicit-any -- each command has its own input and output types: only `any` lets one structural type stand for them all */
/** Any command of @aws-sdk/client-transfer, typed structurally; its output type is read off resolveMiddleware. */
export interface TransferCommand {
  readonly input: object;
  readonly middlewareStack: MiddlewareStack<any, any>;
  resolveMiddleware(...args: any[]): Handler<any, any>;
}
export type OutputOf<C extends TransferCommand> = ReturnType<C['resolveMiddleware']> extends Handler<any, infer O> ? O : never;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** How the process talks to AWS: its concurrency cap, each attempt's timeout and the attempts of a read. */
export interface UpstreamClientOptions {
  /** AWS calls in flight at once for the whole process (UPSTREAM_CONCURRENCY). */
  concurrencyPerProcess: number;
  /** Time allowed for one attempt of an AWS call, in ms (UPSTREAM_TIMEOUT_MS). */
  upstreamTimeoutMs: number;
  /** Attempts per AWS read call, counting the first (UPSTREAM_MAX_ATTEMPTS). */
  upstreamMaxAttempts: number;
}

export interface UpstreamTarget {
  endpoint?: string;
  region: string;
}

/**
 * The one place the gateway reaches AWS: two SDK clients (reads retry with backoff; writes are sent once, since
 * Create* calls are not idempotent), a process-wide concurrency cap and a per-call timeout.
 */
export class RegionUpstream {
  private readonly reads: TransferClient;
  private readonly writes: TransferClient;
  private readonly processLimiter: Limiter;

  constructor(
    readonly target: UpstreamTarget,
    private readonly options: UpstreamClientOptions,
    /** Reads shared across requests, when configured. */
    readonly cache?: SharedCache,
    /** Told the outcome of every call attempt (the gateway's metrics). */
    private readonly observe?: CallObserver,
  ) {
    const base = {
      region: target.region,
      ...(target.endpoint ? { endpoint: target.endpoint, credentials: EMULATOR_CREDENTIALS } : {}),
    };
    // Each read attempt may take UPSTREAM_TIMEOUT_MS; one that times out is retried like a throttled one (the SDK
    // treats TimeoutError as transient), so a latency spike costs an attempt, not the answer.
    // The process-wide limiter bounds the calls in flight; the SDK's default of 50 sockets would quietly queue the
    // calls a larger UPSTREAM_CONCURRENCY allows.
    const sockets = { httpAgent: { maxSockets: options.concurrencyPerProcess }, httpsAgent: { maxSockets: options.concurrencyPerProcess } };
    this.reads = new TransferClient({
      ...base,
      cacheMiddleware: true,
      maxAttempts: options.upstreamMaxAttempts,
      requestHandler: { ...sockets, requestTimeout: options.upstreamTimeoutMs, throwOnRequestTimeout: true },
    });
    this.writes = new TransferClient({ ...base, cacheMiddleware: true, maxAttempts: 1, requestHandler: sockets });
    for (const client of [this.reads, this.writes]) this.instrument(client);
    this.processLimiter = new Limiter(options.concurrencyPerProcess);
  }

  /**
   * Registers, once per client, what every call attempt goes through (added to each command instead, they would be
   * sorted into its stack on every call): the request's meter and signal, and the outcome for the observer.
   */
  private instrument(client: TransferClient): void {
    client.middlewareStack.add(
      (next, context) => (args) => {
        const call = (args as CallArgs)[CALL];
        const { request } = args as CallArgs;
        if (call?.signal && typeof request === 'object' && request) requestSignals.set(request, call.signal);
        // An attempt after the signal fired (the SDK's backoff between attempts cannot see it) is refused by the
        // request handler with its own AbortError before anything is sent: it is not counted as a call.
        if (!call?.signal?.aborted) call?.meter.record(operationIn(context));
        return next(args);
      },
      { step: 'deserialize', name: 'transferGraphCallMeter' },
    );
    const handler = client.config.requestHandler as RequestHandler<object, unknown, HttpHandlerOptions>;
    const handle = handler.handle.bind(handler);
    handler.handle = (request, options) =>
      handle(request, { ...options, abortSignal: requestSignals.get(request) ?? options?.abortSignal });
    if (!this.observe) return;
    const observe = this.observe;
    // High priority puts it outside the deserializer, which turns AWS error responses into exceptions.
    client.middlewareStack.add((next, context) => callOutcomeMiddleware(operationIn(context), observe)(next as never) as never, {
      step: 'deserialize',
      priority: 'high',
      name: 'transferGraphCallOutcome',
    });
  }

  /** A view of the upstream for one GraphQL request: its calls are counted on `meter` and capped by `limiter`. */
  forRequest(meter: UpstreamMeter, limiter: Limiter, signal?: AbortSignal): RequestUpstream {
    return new RequestUpstream(this, meter, limiter, this.cache?.requestView(), signal);
  }

  /** Sends one command; every attempt (retries included) is recorded on the meter. */
  async send<C extends TransferCommand>(
    command: C,
    meter: UpstreamMeter,
    limiter: Limiter,
    kind: 'read' | 'write',
    signal?: AbortSignal,
  ): Promise<OutputOf<C>> {
    const operation = operationOf(command);
    // A read's attempts (and the SDK's backoff between them) share a bound. When the request's deadline passes sooner,
    // its signal (one per request) is bound enough: no timer and no signal of the call's own.
    const allowed =
      kind === 'read'
        ? this.options.upstreamTimeoutMs * this.options.upstreamMaxAttempts + READ_BACKOFF_ALLOWANCE_MS
        : this.options.upstreamTimeoutMs;
    const expiry = signal && expiryOf(signal);
    const bound = expiry !== undefined && expiry <= Date.now() + allowed ? undefined : abortAfter(allowed, signal);
    const client = kind === 'read' ? this.reads : this.writes;
    try {
      (command as CallArgs)[CALL] = { meter, signal: bound?.signal ?? signal };
      // No options: any would make the SDK resolve the middleware stack again and drop its cache.
      const call = () => client.send(command as never) as Promise<OutputOf<C>>;
      return await limiter.run(() => this.processLimiter.run(() => traceAwsCall(operation, this.target.region, call)));
    } finally {
      bound?.dispose();
    }
  }

  destroy(): void {
    this.reads.destroy();
    this.writes.destroy();
  }
}

/** The AWS operation name of a command, e.g. `DescribeProfile`. */
export function operationOf(command: TransferCommand): string {
  return command.constructor.name.replace(/Command$/, '');
}

/** The upstream as one GraphQL request sees it. */
export class RequestUpstream {
  constructor(
    private readonly upstream: RegionUpstream,
    readonly meter: UpstreamMeter,
    private readonly limiter: Limiter,
    private readonly cacheView?: RequestCacheView,
    private readonly signal?: AbortSignal,
  ) {}

  get region(): string {
    return this.upstream.target.region;
  }

  /**
   * A read, served from the shared cache when one is configured and the operation is cacheable. A call shared with
   * other requests' identical reads is not this request's alone: its signal only takes this request off the call.
   */
  async read<C extends TransferCommand>(command: C): Promise<OutputOf<C>> {
    const send = (signal?: AbortSignal) => this.upstream.send(command, this.meter, this.limiter, 'read', signal);
    const operation = operationOf(command);
    const family = this.cacheView && familyOfRead(operation, command.input);
    if (!family) return send(this.signal);
    const version = await this.cacheView.version(family);
    return this.cacheView.cache.read(family, version, operation, command.input, send, this.signal);
  }

  /** A read that skips the shared cache: for checking what a write whose answer was lost did. */
  async readFresh<C extends TransferCommand>(command: C): Promise<OutputOf<C>> {
    return this.upstream.send(command, this.meter, this.limiter, 'read', this.signal);
  }

  /** A write, sent once; the shared cache forgets what it may change, whatever the outcome. */
  async write<C extends TransferCommand>(command: C): Promise<OutputOf<C>> {
    // A dry run plans its writes (schema/common/dry-run.ts); one that reaches here is a bug, never a write.
    if (this.meter.planned) throw new Error(`A dry run tried to send ${operationOf(command)}`);
    const requestIdOf = (value: unknown) => (value as { $metadata?: { requestId?: string } } | undefined)?.$metadata?.requestId ?? null;
    try {
      const output = await this.upstream.send(command, this.meter, this.limiter, 'write', this.signal);
      this.meter.writes.push({ operation: operationOf(command), requestId: requestIdOf(output), succeeded: true });
      return output;
    } catch (error) {
      this.meter.writes.push({ operation: operationOf(command), requestId: requestIdOf(error), succeeded: false });
      throw error;
    } finally {
      if (this.cacheView) await this.cacheView.invalidate(familiesOfWrite(operationOf(command), command.input));
    }
  }
}
