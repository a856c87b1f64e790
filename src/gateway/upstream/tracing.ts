import { context, createContextKey, SpanKind, SpanStatusCode, trace, type Attributes, type Context, type Span } from '@opentelemetry/api';
import { callOutcomeOf } from './call-observer';

/**
 * The upstream's OpenTelemetry spans: one per DataLoader batch and one per AWS call, children of the operation span
 * (observability/tracing.ts) when the request is traced; each hook costs a lookup that finds no span otherwise.
 */

/** The instrumentation name of every span the gateway makes. */
export const TRACER_NAME = 'transfer-graph';
const tracer = () => trace.getTracer(TRACER_NAME);

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
