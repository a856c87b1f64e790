import {
  context,
  createContextKey,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
} from '@opentelemetry/api';
import { callOutcomeOf } from '../upstream/call-observer';

/**
 * OpenTelemetry spans of the gateway: one per GraphQL operation over HTTP, one per DataLoader batch and one per AWS
 * call, through the @opentelemetry/api alone. Until an SDK is registered (tracing-sdk.ts, when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set) the API answers with its no-op tracer and no context manager, so each hook below
 * costs a lookup that finds no span.
 */

/** Where and how spans are exported (OTEL_* variables; see src/config/tracing.ts). */
export interface TracingOptions {
  /** The OTLP/HTTP traces URL spans are POSTed to as JSON, e.g. http://collector:4318/v1/traces. */
  tracesUrl: string;
  /** service.name of every span (OTEL_SERVICE_NAME). */
  serviceName: string;
  /** Headers sent with each export, e.g. a vendor's API key (OTEL_EXPORTER_OTLP_HEADERS). */
  headers: Record<string, string>;
  /** Time allowed for one export, in ms (OTEL_EXPORTER_OTLP_TIMEOUT). */
  exportTimeoutMs: number;
  /** Longest a finished span waits before its batch is exported, in ms (OTEL_BSP_SCHEDULE_DELAY). */
  scheduleDelayMs: number;
}

/** The SDK once registered: flushes what is buffered and stops exporting. */
export interface RunningTracing {
  shutdown(): Promise<void>;
}

const TRACER_NAME = 'transfer-graph';
const tracer = () => trace.getTracer(TRACER_NAME);

/** Reads request headers for the W3C trace-context propagator. */
interface HeaderSource {
  get(name: string): string | undefined;
}
const headerGetter = {
  get: (carrier: HeaderSource, key: string) => carrier.get(key),
  keys: () => ['traceparent', 'tracestate'],
};

/** What traceOperation reads of an answer: its HTTP status. */
interface HttpAnswer {
  status?: number;
}

/**
 * Runs one GraphQL request over HTTP inside its operation span, a child of the caller's W3C `traceparent` when the
 * request carries one. The span is named `graphql.operation` until the tracing plugin knows the operation.
 */
export function traceOperation<R extends HttpAnswer>(headers: HeaderSource, requestId: string, run: () => Promise<R>): Promise<R> {
  const incoming = propagation.extract(context.active(), headers, headerGetter);
  const span = tracer().startSpan(
    'graphql.operation',
    { kind: SpanKind.SERVER, attributes: { 'transfer_graph.request_id': requestId } },
    incoming,
  );
  return span.isRecording() ? runInOperationSpan(span, incoming, run) : run();
}

async function runInOperationSpan<R extends HttpAnswer>(span: Span, incoming: Context, run: () => Promise<R>): Promise<R> {
  try {
    const answer = await context.with(trace.setSpan(incoming, span), run);
    const status = answer.status ?? 200;
    span.setAttribute('http.response.status_code', status);
    if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    return answer;
  } catch (error) {
    span.setAttributes({ 'error.type': callOutcomeOf(error) });
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}

/** A batch span in flight, renamed after the AWS operations its batch calls (a batch's loader does not say which). */
interface BatchTrace {
  span: Span;
  operations: string[];
}
const BATCH = createContextKey('transfer-graph loader batch');

/**
 * A DataLoader batch function that runs inside a `loader.batch <Operation>` span (with the batch size) when the
 * request is traced; `batch` itself otherwise.
 */
export function tracedBatch<K, V>(
  batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>,
): (keys: readonly K[]) => Promise<ArrayLike<V | Error>> {
  return (keys) => {
    const parent = context.active();
    if (!trace.getSpan(parent)?.isRecording()) return batch(keys);
    const span = tracer().startSpan('loader.batch', { attributes: { 'transfer_graph.loader.batch_size': keys.length } }, parent);
    const record: BatchTrace = { span, operations: [] };
    return context.with(trace.setSpan(parent.setValue(BATCH, record), span), () => batch(keys)).finally(() => span.end());
  };
}

/** What the SDK reports of a call, on its output and on its errors. */
interface CallMetadata {
  $metadata?: { requestId?: string; attempts?: number; totalRetryDelay?: number; httpStatusCode?: number };
}

/**
 * Sends one AWS call inside an `aws.transfer <Operation>` span, a child of the loader batch or, for a resolver's own
 * call, of the operation span; calls made outside a traced operation (readiness checks, subscriptions) get none. The
 * span carries the AWS request id, the attempts the SDK made (retries included) and, on failure, the error's name.
 */
export function traceAwsCall<T>(operation: string, region: string, send: () => Promise<T>): Promise<T> {
  const parent = context.active();
  return trace.getSpan(parent)?.isRecording() ? sendInCallSpan(operation, region, parent, send) : send();
}

async function sendInCallSpan<T>(operation: string, region: string, parent: Context, send: () => Promise<T>): Promise<T> {
  const batch = parent.getValue(BATCH) as BatchTrace | undefined;
  if (batch && !batch.operations.includes(operation)) {
    batch.operations.push(operation);
    batch.span.updateName(`loader.batch ${[...batch.operations].sort().join(', ')}`);
  }
  const span = tracer().startSpan(
    `aws.transfer ${operation}`,
    {
      kind: SpanKind.CLIENT,
      attributes: { 'rpc.system': 'aws-api', 'rpc.service': 'Transfer', 'rpc.method': operation, 'cloud.region': region },
    },
    parent,
  );
  try {
    const output = await send();
    span.setAttributes(metadataAttributes(output as CallMetadata));
    return output;
  } catch (error) {
    span.setAttributes({ ...metadataAttributes(error as CallMetadata), 'error.type': callOutcomeOf(error) });
    span.setStatus({ code: SpanStatusCode.ERROR, message: callOutcomeOf(error) });
    throw error;
  } finally {
    span.end();
  }
}

function metadataAttributes(value: CallMetadata | undefined): Attributes {
  const metadata = value?.$metadata;
  if (!metadata) return {};
  const attributes: Attributes = {};
  if (metadata.requestId) attributes['aws.request_id'] = metadata.requestId;
  if (metadata.attempts !== undefined) attributes['transfer_graph.aws.attempts'] = metadata.attempts;
  if (metadata.totalRetryDelay !== undefined) attributes['transfer_graph.aws.retry_delay_ms'] = metadata.totalRetryDelay;
  if (metadata.httpStatusCode !== undefined) attributes['http.response.status_code'] = metadata.httpStatusCode;
  return attributes;
}

/** The operation span of the GraphQL request running now, when it is traced; for the tracing plugin. */
export function operationSpan(): Span | undefined {
  const span = trace.getActiveSpan();
  return span?.isRecording() ? span : undefined;
}
