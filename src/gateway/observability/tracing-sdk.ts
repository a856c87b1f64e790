import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { RunningTracing, TracingOptions } from './tracing';

// Loaded by main.ts only when OTEL_EXPORTER_OTLP_ENDPOINT is set: the SDK's modules stay out of a gateway that does not
// trace.

/**
 * Registers the SDK globally: spans of the @opentelemetry/api go to a batching OTLP/HTTP JSON exporter, the incoming
 * W3C `traceparent` is read (nothing is injected into AWS calls), and AsyncLocalStorage carries the active span.
 */
export function registerTracingSdk(options: TracingOptions): RunningTracing {
  const exporter = new OTLPTraceExporter({ url: options.tracesUrl, headers: options.headers, timeoutMillis: options.exportTimeoutMs });
  const provider = new TracerProvider({
    resource: defaultResource().merge(
      resourceFromAttributes({
        [ATTR_SERVICE_NAME]: options.serviceName,
        // Tells the replicas of one service apart: the host name is a pod's name under Kubernetes.
        'service.instance.id': randomUUID(),
        'host.name': hostname(),
      }),
    ),
    spanProcessors: [
      new BatchSpanProcessor({ exporter, scheduledDelayMillis: options.scheduleDelayMs, exportTimeoutMillis: options.exportTimeoutMs }),
    ],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  return { shutdown: () => provider.shutdown() };
}
