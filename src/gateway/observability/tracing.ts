import { context, propagation, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import { callOutcomeOf } from '../upstream/call-observer';
import { TRACER_NAME } from '../upstream/tracing';
export { tracedBatch, traceAwsCall } from '../upstream/tracing';

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
/** The operation span of the GraphQL request running now, when it is traced; for the tracing plugin. */
export function operationSpan(): Span | undefined {
  const span = trace.getActiveSpan();
  return span?.isRecording() ? span : undefined;
}
