import { CreateProfileCommand } from '@aws-sdk/client-transfer';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnBuiltGateway, type BuiltGateway } from '../support/built-gateway';
import { certificateFactory } from '../support/certificates';
import { startTestEmulator, type TestEmulator } from '../support/emulator';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';

// OpenTelemetry traces of the built gateway (NODE_ENV=production) exported over OTLP/HTTP JSON to a receiver this file
// starts on 127.0.0.1, with the AWS calls going through a fault proxy in front of an emulator.

/** One span as the OTLP JSON encoding carries it (the fields the specs read). */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Array<{ key: string; value: Record<string, unknown> }>;
  status: { code?: number };
}
interface OtlpExport {
  resourceSpans: Array<{
    resource: { attributes: OtlpSpan['attributes'] };
    scopeSpans: Array<{ scope: { name: string }; spans: OtlpSpan[] }>;
  }>;
}

/** A local OTLP/HTTP receiver: keeps every POST /v1/traces body it is sent. */
async function startReceiver(): Promise<{ url: string; exports: OtlpExport[]; paths: string[]; close(): Promise<void> }> {
  const exports: OtlpExport[] = [];
  const paths: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      paths.push(`${req.method} ${req.url} ${req.headers['content-type']}`);
      exports.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    exports,
    paths,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const valueOf = (value: Record<string, unknown>): unknown => {
  if ('arrayValue' in value) return ((value.arrayValue as { values?: Array<Record<string, unknown>> }).values ?? []).map(valueOf);
  if ('intValue' in value) return Number(value.intValue);
  return Object.values(value)[0];
};
const attributesOf = (list: OtlpSpan['attributes']) => Object.fromEntries(list.map((a) => [a.key, valueOf(a.value)]));

/** A span and its children, as the specs compare them: ids and times left out, children in a stable order. */
interface SpanTree {
  name: string;
  kind: number;
  status: number;
  attributes: Record<string, unknown>;
  children: SpanTree[];
}

const SPAN_KIND = { internal: 1, server: 2, client: 3 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';

let t: TestEmulator;
let proxy: FaultProxy;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let g: BuiltGateway;
let certificateIds: string[];
/** Writes a --require script that prints the @opentelemetry packages loaded so far on SIGUSR2. */
const preload = join(mkdtempSync(join(tmpdir(), 'tracing-spec-')), 'loaded-packages.js');
writeFileSync(
  preload,
  `process.on('SIGUSR2', () => {
    const names = new Set(Object.keys(require.cache).map((f) => /node_modules\\/(@opentelemetry\\/[^/]+)\\//.exec(f)?.[1]).filter(Boolean));
    console.log('loaded ' + JSON.stringify([...names].sort()));
  });\n`,
);

beforeAll(async () => {
  t = await startTestEmulator();
  const certificates = await certificateFactory();
  certificateIds = [await certificates.importInto(t.client, 'SIGNING'), await certificates.importInto(t.client, 'ENCRYPTION')];
  await t.client.send(new CreateProfileCommand({ As2Id: 'TRACED-A', ProfileType: 'PARTNER', CertificateIds: certificateIds }));
  await t.client.send(new CreateProfileCommand({ As2Id: 'TRACED-B', ProfileType: 'PARTNER', CertificateIds: [certificateIds[1]] }));
  proxy = await startFaultProxy(t.endpoint);
  receiver = await startReceiver();
  g = await spawnBuiltGateway(proxy.endpoint, {
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
    OTEL_BSP_SCHEDULE_DELAY: '20',
    NODE_OPTIONS: `--require ${preload}`,
  });
}, 60_000);
afterAll(async () => {
  await g?.stop();
  await receiver?.close();
  await proxy?.close();
  await t?.close();
});

async function post(query: string, headers: Record<string, string> = {}, gateway = g): Promise<{ status: number; body: any }> {
  const res = await fetch(gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: await res.json() };
}

const spansReceived = () => receiver.exports.flatMap((e) => e.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)));

/**
 * Waits (at most 10 s) until the receiver holds the operation span of the request with `requestId`, then that span's
 * whole trace, as trees of its roots.
 */
async function traceOf(requestId: string): Promise<{ spans: OtlpSpan[]; roots: SpanTree[] }> {
  const until = Date.now() + 10_000;
  const isOperation = (s: OtlpSpan) => attributesOf(s.attributes)['transfer_graph.request_id'] === requestId;
  while (!spansReceived().some(isOperation)) {
    if (Date.now() > until)
      throw new Error(
        `no operation span of request ${requestId} within 10 s; received ${JSON.stringify(spansReceived().map((s) => s.name))}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // The operation span ends last, after every span under it: the export that carries it carries them or came before.
  const { traceId } = spansReceived().find(isOperation)!;
  const spans = spansReceived().filter((s) => s.traceId === traceId);
  const ids = new Set(spans.map((s) => s.spanId));
  const tree = (span: OtlpSpan): SpanTree => ({
    name: span.name,
    kind: span.kind,
    status: span.status.code ?? 0,
    attributes: attributesOf(span.attributes),
    children: spans
      .filter((s) => s.parentSpanId === span.spanId)
      .map(tree)
      .sort((a, b) =>
        JSON.stringify([a.name, a.attributes['transfer_graph.aws.attempts']]).localeCompare(
          JSON.stringify([b.name, b.attributes['transfer_graph.aws.attempts']]),
        ),
      ),
  });
  return { spans, roots: spans.filter((s) => !s.parentSpanId || !ids.has(s.parentSpanId)).map(tree) };
}

/** An AWS call span as the gateway makes it: answered after `attempts` attempts. */
const awsCall = (operation: string, attempts = 1): SpanTree => ({
  name: `aws.transfer ${operation}`,
  kind: SPAN_KIND.client,
  status: 0,
  attributes: {
    'rpc.system': 'aws-api',
    'rpc.service': 'Transfer',
    'rpc.method': operation,
    'cloud.region': 'us-east-1',
    'aws.request_id': expect.stringMatching(UUID),
    'transfer_graph.aws.attempts': attempts,
    'transfer_graph.aws.retry_delay_ms': attempts === 1 ? 0 : expect.any(Number),
    'http.response.status_code': 200,
  },
  children: [],
});

const batch = (operation: string, calls: SpanTree[]): SpanTree => ({
  name: `loader.batch ${operation}`,
  kind: SPAN_KIND.internal,
  status: 0,
  attributes: { 'transfer_graph.loader.batch_size': calls.length },
  children: calls,
});

describe('a GraphQL query with a W3C traceparent', () => {
  const query =
    'query TracedProfiles { profiles(first: 10) { edges { node { as2Id certificates { edges { node { certificateId } } } } } } }';

  it('exports the operation span under the caller’s span, each loader batch under it and each AWS call under its batch, retries counted', async () => {
    proxy.failNext('DescribeProfile', 'throttle');
    const { status, body } = await post(query, { traceparent: `00-${TRACE_ID}-${CALLER_SPAN_ID}-01`, 'x-request-id': 'trace-spec-1' });
    expect({ status, data: body.data }).toEqual({
      status: 200,
      data: {
        profiles: {
          edges: [
            { node: { as2Id: 'TRACED-A', certificates: { edges: certificateIds.map((certificateId) => ({ node: { certificateId } })) } } },
            { node: { as2Id: 'TRACED-B', certificates: { edges: [{ node: { certificateId: certificateIds[1] } }] } } },
          ],
        },
      },
    });
    const { spans, roots } = await traceOf('trace-spec-1');
    expect(roots).toEqual([
      {
        name: 'graphql.operation TracedProfiles',
        kind: SPAN_KIND.server,
        status: 0,
        attributes: {
          'transfer_graph.request_id': 'trace-spec-1',
          'graphql.operation.type': 'query',
          'graphql.operation.name': 'TracedProfiles',
          // Attempts, as extensions.cost.upstream counts them: 1 ListProfiles, 2 + 1 throttled DescribeProfile, and
          // 1 ListCertificates (the certificates' ids are List members: one page serves both, no Describe each).
          'transfer_graph.aws.calls': 5,
          'transfer_graph.cost.requested': body.extensions.cost.requested,
          'transfer_graph.cost.actual': body.extensions.cost.actual,
          'http.response.status_code': 200,
        },
        children: [
          batch('DescribeProfile', [awsCall('DescribeProfile'), awsCall('DescribeProfile', 2)]),
          batch('ListCertificates', [awsCall('ListCertificates')]),
          batch('ListProfiles', [awsCall('ListProfiles')]),
        ],
      },
    ]);
    expect(body.extensions.cost.upstream.calls).toBe(5);
    // The operation span's parent is the caller's span, from another process: not exported here.
    expect(spans.map((s) => s.traceId)).toEqual(spans.map(() => TRACE_ID));
    expect(spans.find((s) => s.name.startsWith('graphql.operation'))!.parentSpanId).toBe(CALLER_SPAN_ID);
    const requestIds = spans.map((s) => attributesOf(s.attributes)['aws.request_id']).filter(Boolean);
    expect(new Set(requestIds).size).toBe(4);
  });

  it('describes the service in the resource: OTEL_SERVICE_NAME unset is transfer-graph, one instance id per process', async () => {
    await traceOf('trace-spec-1');
    const resources = receiver.exports.flatMap((e) => e.resourceSpans.map((r) => attributesOf(r.resource.attributes)));
    expect(resources[0]).toEqual({
      'service.name': 'transfer-graph',
      'service.instance.id': expect.stringMatching(UUID),
      'host.name': expect.any(String),
      'telemetry.sdk.language': 'nodejs',
      'telemetry.sdk.name': 'opentelemetry',
      'telemetry.sdk.version': expect.any(String),
    });
    expect(new Set(resources.map((r) => r['service.instance.id'])).size).toBe(1);
    expect(new Set(receiver.paths)).toEqual(new Set(['POST /v1/traces application/json']));
  });
});

describe('a mutation and a failed AWS call', () => {
  it('puts a resolver’s own AWS call straight under the operation span, and starts a new trace without traceparent', async () => {
    const { body } = await post(
      'mutation TracedCreate { createProfile(input: { as2Id: "TRACED-C", profileType: PARTNER }) { profile { as2Id } } }',
      { 'x-request-id': 'trace-spec-2' },
    );
    expect(body.data).toEqual({ createProfile: { profile: { as2Id: 'TRACED-C' } } });
    const { spans, roots } = await traceOf('trace-spec-2');
    expect(roots).toEqual([
      {
        name: 'graphql.operation TracedCreate',
        kind: SPAN_KIND.server,
        status: 0,
        attributes: {
          'transfer_graph.request_id': 'trace-spec-2',
          'graphql.operation.type': 'mutation',
          'graphql.operation.name': 'TracedCreate',
          'transfer_graph.aws.calls': 3,
          'transfer_graph.cost.requested': body.extensions.cost.requested,
          'transfer_graph.cost.actual': body.extensions.cost.actual,
          'http.response.status_code': 200,
        },
        // The create, then its payload read through the loaders; ListProfiles is the create's check for an existing as2Id.
        children: [
          awsCall('CreateProfile'),
          batch('DescribeProfile', [awsCall('DescribeProfile')]),
          batch('ListProfiles', [awsCall('ListProfiles')]),
        ],
      },
    ]);
    expect(spans.find((s) => s.name === 'graphql.operation TracedCreate')!.parentSpanId ?? '').toBe('');
    expect(spans[0].traceId).not.toBe(TRACE_ID);
  });

  it('marks a failed AWS call with its error type and status, its AWS request id kept', async () => {
    const { body } = await post('query TracedMissing { profile(idOrArn: "p-0123456789abcdef0") { as2Id } }', {
      'x-request-id': 'trace-spec-3',
    });
    expect(body.data).toEqual({ profile: null });
    const { spans, roots } = await traceOf('trace-spec-3');
    const failed = { ...awsCall('DescribeProfile'), status: 2 };
    failed.attributes = { ...failed.attributes, 'http.response.status_code': 404, 'error.type': 'ResourceNotFoundException' };
    expect(roots).toEqual([
      {
        name: 'graphql.operation TracedMissing',
        kind: SPAN_KIND.server,
        status: 0,
        attributes: {
          'transfer_graph.request_id': 'trace-spec-3',
          'graphql.operation.type': 'query',
          'graphql.operation.name': 'TracedMissing',
          'transfer_graph.aws.calls': 1,
          'transfer_graph.cost.requested': 1,
          'transfer_graph.cost.actual': 0,
          'http.response.status_code': 200,
        },
        children: [batch('DescribeProfile', [failed])],
      },
    ]);
    expect(spans.find((s) => s.name === 'aws.transfer DescribeProfile')!.status).toEqual({ code: 2, message: 'ResourceNotFoundException' });
  });
});

describe('what is not traced', () => {
  it('exports nothing for a caller’s trace marked not sampled, nor for the AWS call of a readiness check', async () => {
    const unsampled = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
    expect(
      (
        await post('query Unsampled { profiles(first: 1) { edges { node { as2Id } } } }', {
          traceparent: `00-${unsampled}-${CALLER_SPAN_ID}-00`,
        })
      ).status,
    ).toBe(200);
    const checks = proxy.calls.ListServers ?? 0;
    expect((await fetch(`${g.url}/readyz`)).status).toBe(200);
    expect(proxy.calls.ListServers).toBe(checks + 1);
    // Spans are exported in the order they end: once this later request's operation span is in, the earlier ones would be.
    await post('query After { profiles(first: 1) { edges { node { as2Id } } } }', { 'x-request-id': 'trace-spec-4' });
    await traceOf('trace-spec-4');
    expect(spansReceived().filter((s) => s.traceId === unsampled)).toEqual([]);
    expect(spansReceived().filter((s) => s.name === 'aws.transfer ListServers')).toEqual([]);
  });
});

describe('SIGTERM', () => {
  it('exports the spans still buffered before the process exits', async () => {
    const patient = await spawnBuiltGateway(proxy.endpoint, {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: '600000',
    });
    try {
      expect(
        (await post('query Buffered { profiles(first: 1) { edges { node { as2Id } } } }', { 'x-request-id': 'trace-spec-5' }, patient))
          .status,
      ).toBe(200);
      const exited = new Promise<number | null>((resolve) => patient.process.once('exit', (code) => resolve(code)));
      patient.process.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      await patient.stop();
    }
    const names = spansReceived()
      .filter(
        (s) =>
          s.traceId === spansReceived().find((o) => attributesOf(o.attributes)['transfer_graph.request_id'] === 'trace-spec-5')?.traceId,
      )
      .map((s) => s.name)
      .sort();
    expect(names).toEqual(['aws.transfer ListProfiles', 'graphql.operation Buffered', 'loader.batch ListProfiles']);
  });
});

describe('OTEL_EXPORTER_OTLP_ENDPOINT unset', () => {
  it('loads no OpenTelemetry SDK module, only @opentelemetry/api, while the traced gateway loads the SDK', async () => {
    const untraced = await spawnBuiltGateway(proxy.endpoint, {
      OTEL_EXPORTER_OTLP_ENDPOINT: '',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: '',
      OTEL_SERVICE_NAME: 'untraced',
      NODE_OPTIONS: `--require ${preload}`,
    });
    try {
      expect((await post('query { profiles(first: 1) { edges { node { as2Id } } } }', {}, untraced)).status).toBe(200);
      expect(await loadedPackages(untraced)).toEqual(['@opentelemetry/api']);
    } finally {
      await untraced.stop();
    }
    expect(await loadedPackages(g)).toEqual([
      '@opentelemetry/api',
      '@opentelemetry/context-async-hooks',
      '@opentelemetry/core',
      '@opentelemetry/exporter-trace-otlp-http',
      '@opentelemetry/otlp-exporter-base',
      '@opentelemetry/otlp-transformer',
      '@opentelemetry/resources',
      '@opentelemetry/sdk-metrics',
      '@opentelemetry/sdk-trace',
      '@opentelemetry/semantic-conventions',
    ]);
  });
});

/** The @opentelemetry packages a gateway started with the preload script has loaded (asked with SIGUSR2; at most 10 s). */
async function loadedPackages(gateway: BuiltGateway): Promise<string[]> {
  const before = gateway.output().length;
  gateway.process.kill('SIGUSR2');
  const until = Date.now() + 10_000;
  for (;;) {
    const line = /loaded (\[.*\])/.exec(gateway.output().slice(before));
    if (line) return JSON.parse(line[1]) as string[];
    if (Date.now() > until) throw new Error(`no answer to SIGUSR2 within 10 s: ${gateway.output().slice(before)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
