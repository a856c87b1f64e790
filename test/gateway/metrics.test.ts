import { CreateProfileCommand } from '@aws-sdk/client-transfer';
import { GatewayMetrics } from '../../src/gateway/observability/metrics';
import { parseScrape, scrape, type Scrape } from '../support/metrics';
import { securityFrom, writeApiKeys } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

const PROFILES = `query PartnerProfiles { profiles(first: 10) { edges { node { as2Id certificateIds } } } }`;
const REQUESTS = 'transfer_graph_graphql_requests_total';
const DURATION_COUNT = 'transfer_graph_graphql_request_duration_seconds_count';
const AWS_CALLS = 'transfer_graph_aws_calls_total';
const CACHE_HITS = 'transfer_graph_cache_hits_total';
const CACHE_MISSES = 'transfer_graph_cache_misses_total';
const HTTP_RESPONSES = 'transfer_graph_http_responses_total';

/** How much each named series moved between two scrapes. */
function moved(before: Scrape, after: Scrape, series: Array<[string, Record<string, string>]>): Record<string, number> {
  return Object.fromEntries(
    series.map(([name, labels]) => [`${name}${JSON.stringify(labels)}`, after.value(name, labels) - before.value(name, labels)]),
  );
}

describe('GET /metrics', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack({}, { cacheTtlMs: 60_000 });
    for (const As2Id of ['ALPHA', 'BETA']) await s.client.send(new CreateProfileCommand({ As2Id, ProfileType: 'PARTNER' }));
  });
  afterAll(() => s.close());

  it('answers in the Prometheus text format, with the process metrics too', async () => {
    const metrics = await scrape(s.gateway.url);
    expect({ status: metrics.status, contentType: metrics.contentType }).toEqual({
      status: 200,
      contentType: 'text/plain; version=0.0.4; charset=utf-8',
    });
    expect(metrics.text).toContain('# TYPE transfer_graph_graphql_requests_total counter');
    expect(metrics.text).toContain('# TYPE transfer_graph_graphql_request_duration_seconds histogram');
    expect(metrics.text).toContain('# TYPE process_cpu_seconds_total counter');
  });

  it('counts a query, its latency, its AWS calls and its cache misses, then the cache hits of the same query', async () => {
    const series: Array<[string, Record<string, string>]> = [
      [REQUESTS, { operation: 'PartnerProfiles', outcome: 'ok' }],
      [DURATION_COUNT, { operation: 'PartnerProfiles' }],
      [AWS_CALLS, { operation: 'ListProfiles', outcome: 'ok' }],
      [AWS_CALLS, { operation: 'DescribeProfile', outcome: 'ok' }],
      [CACHE_MISSES, { family: 'profiles' }],
      [CACHE_HITS, { family: 'profiles' }],
    ];
    const before = await scrape(s.gateway.url);
    const first = await s.gql(PROFILES);
    expect(first.extensions?.cost?.upstream).toEqual({ calls: 3, byOperation: { ListProfiles: 1, DescribeProfile: 2 } });
    const afterFirst = await scrape(s.gateway.url);
    expect(moved(before, afterFirst, series)).toEqual({
      [`${REQUESTS}{"operation":"PartnerProfiles","outcome":"ok"}`]: 1,
      [`${DURATION_COUNT}{"operation":"PartnerProfiles"}`]: 1,
      [`${AWS_CALLS}{"operation":"ListProfiles","outcome":"ok"}`]: 1,
      [`${AWS_CALLS}{"operation":"DescribeProfile","outcome":"ok"}`]: 2,
      [`${CACHE_MISSES}{"family":"profiles"}`]: 3,
      [`${CACHE_HITS}{"family":"profiles"}`]: 0,
    });

    const second = await s.gql(PROFILES);
    expect(second.extensions?.cost?.upstream).toEqual({ calls: 0, byOperation: {} });
    expect(moved(afterFirst, await scrape(s.gateway.url), series)).toEqual({
      [`${REQUESTS}{"operation":"PartnerProfiles","outcome":"ok"}`]: 1,
      [`${DURATION_COUNT}{"operation":"PartnerProfiles"}`]: 1,
      [`${AWS_CALLS}{"operation":"ListProfiles","outcome":"ok"}`]: 0,
      [`${AWS_CALLS}{"operation":"DescribeProfile","outcome":"ok"}`]: 0,
      [`${CACHE_MISSES}{"family":"profiles"}`]: 0,
      [`${CACHE_HITS}{"family":"profiles"}`]: 3,
    });
  });

  it('counts a query that never ran as rejected, under anonymous when it has no name', async () => {
    const before = await scrape(s.gateway.url);
    expect((await s.gql('{ profiles(first: 1) { nope } }')).status).toBe(400);
    expect((await s.gql('query Broken { profiles(')).status).toBe(400);
    const after = await scrape(s.gateway.url);
    expect(
      after.value(REQUESTS, { operation: 'anonymous', outcome: 'rejected' }) -
        before.value(REQUESTS, { operation: 'anonymous', outcome: 'rejected' }),
    ).toBe(2);
  });

  it('counts the responses of /graphql by HTTP status, refusals before GraphQL ran included', async () => {
    const post = (body: string) => fetch(s.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const statuses = ['200', '400', '413'].map((status): [string, Record<string, string>] => [HTTP_RESPONSES, { status }]);
    const before = await scrape(s.gateway.url);
    expect((await post(JSON.stringify({ query: '{ profiles(first: 1) { totalCount } }' }))).status).toBe(200);
    expect((await post('{"query": ')).status).toBe(400);
    expect((await post(JSON.stringify({ query: `{ profiles { totalCount } }${' '.repeat(1_100_000)}` }))).status).toBe(413);
    expect(moved(before, await scrape(s.gateway.url), statuses)).toEqual({
      [`${HTTP_RESPONSES}{"status":"200"}`]: 1,
      [`${HTTP_RESPONSES}{"status":"400"}`]: 1,
      [`${HTTP_RESPONSES}{"status":"413"}`]: 1,
    });
  });
});

describe('refusals of authentication in /metrics', () => {
  it('counts a request without credentials as a 401 response, though no GraphQL request ran', async () => {
    const { file } = writeApiKeys([{ name: 'portal', role: 'reader' }]);
    const t = await startStack({}, { security: securityFrom({ AUTH_MODE: 'apikey', API_KEYS_FILE: file }) });
    try {
      const before = await scrape(t.gateway.url);
      expect((await t.gql('{ profiles(first: 1) { totalCount } }')).status).toBe(401);
      const after = await scrape(t.gateway.url);
      expect(after.value(HTTP_RESPONSES, { status: '401' }) - before.value(HTTP_RESPONSES, { status: '401' })).toBe(1);
    } finally {
      await t.close();
    }
  });
});

describe('AWS call outcomes in /metrics', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(() => s.close());
  afterEach(() => s.setFaults({ throttlePercent: 0 }));

  it('labels a throttled call with the AWS exception, and a request with data and errors as partial', async () => {
    const before = await scrape(s.gateway.url);
    await s.setFaults({ throttlePercent: 100 });
    const res = await s.gql(PROFILES);
    expect({ data: res.data, codes: res.errors?.map((e) => e.extensions?.code) }).toEqual({
      data: { profiles: null },
      codes: ['THROTTLED'],
    });
    const after = await scrape(s.gateway.url);
    expect(
      moved(before, after, [
        [AWS_CALLS, { operation: 'ListProfiles', outcome: 'ThrottlingException' }],
        [AWS_CALLS, { operation: 'ListProfiles', outcome: 'ok' }],
        [REQUESTS, { operation: 'PartnerProfiles', outcome: 'partial' }],
      ]),
    ).toEqual({
      [`${AWS_CALLS}{"operation":"ListProfiles","outcome":"ThrottlingException"}`]: 1,
      [`${AWS_CALLS}{"operation":"ListProfiles","outcome":"ok"}`]: 0,
      [`${REQUESTS}{"operation":"PartnerProfiles","outcome":"partial"}`]: 1,
    });
  });

  it('labels a call for a missing resource ResourceNotFoundException', async () => {
    const before = await scrape(s.gateway.url);
    const res = await s.gql(`query Missing { profile(idOrArn: "p-0123456789abcdef0") { as2Id } }`);
    expect(res.data).toEqual({ profile: null });
    const after = await scrape(s.gateway.url);
    expect(
      after.value(AWS_CALLS, { operation: 'DescribeProfile', outcome: 'ResourceNotFoundException' }) -
        before.value(AWS_CALLS, { operation: 'DescribeProfile', outcome: 'ResourceNotFoundException' }),
    ).toBe(1);
  });
});

describe('GatewayMetrics', () => {
  it('counts rejected queries by the limit they exceeded (for the query-limit plugins)', async () => {
    const metrics = new GatewayMetrics({ processMetrics: false });
    metrics.rejectedQuery('depth');
    metrics.rejectedQuery('depth');
    metrics.rejectedQuery('cost');
    const scraped = parseScrape(await metrics.scrape());
    expect([
      scraped.value('transfer_graph_rejected_queries_total', { limit: 'depth' }),
      scraped.value('transfer_graph_rejected_queries_total', { limit: 'cost' }),
    ]).toEqual([2, 1]);
  });

  it('keeps at most maxOperationNames operation names as labels and counts the rest as other', async () => {
    const metrics = new GatewayMetrics({ processMetrics: false, maxOperationNames: 2 });
    for (const name of ['A', 'B', 'C', 'A', 'D', null]) metrics.graphqlRequest(name, 'ok', 0.01);
    const scraped = parseScrape(await metrics.scrape());
    expect(['A', 'B', 'C', 'other', 'anonymous'].map((operation) => scraped.value(REQUESTS, { operation, outcome: 'ok' }))).toEqual([
      2, 1, 0, 2, 1,
    ]);
  });

  it('counts operation names longer than 64 characters as other, without keeping them, so that a scrape stays small', async () => {
    const metrics = new GatewayMetrics({ processMetrics: false });
    const names = Array.from({ length: 10 }, (_, i) => `${String(i)}${'N'.repeat(1_000_000)}`);
    for (const name of [...names, 'A'.repeat(64)]) metrics.graphqlRequest(name, 'ok', 0.01);
    const text = await metrics.scrape();
    const scraped = parseScrape(text);
    expect([
      scraped.value(REQUESTS, { operation: 'other', outcome: 'ok' }),
      scraped.value(REQUESTS, { operation: 'A'.repeat(64), outcome: 'ok' }),
    ]).toEqual([10, 1]);
    expect(text.length).toBeLessThan(10_000);
  });
});
