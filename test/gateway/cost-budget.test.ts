import { fakeClock } from '../support/clock';
import { startRedis, type TestRedis } from '../support/redis';
import { securityFrom, writeApiKeys } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

// The budget's arithmetic (windows, give-backs, principals) is specified in process: test/unit/cost-budget.test.ts.
// These specs are of the wire: the 429 and its Retry-After, and one budget shared by replicas through Redis. The
// budget counts by a fake clock, 10 s into its minute, so that no spec depends on when in the minute it runs.

/** A mutation that costs exactly 10, requested and actual (a bad id is refused before any AWS call). */
const TEN = 'mutation { deleteAgreement(input: { id: "not-an-id" }) { deletedId userErrors { code } } }';
/** A query that requests 51 (one page, up to 50 profiles) but, with no profiles, uses 1. */
const FIFTY_ONE = '{ profiles(first: 50) { edges { node { as2Id } } } }';

const { file, keys } = writeApiKeys([{ name: 'portal', role: 'operator' }]);
const as = (name: string) => ({ 'x-api-key': keys[name] });
const budgetEnv = { AUTH_MODE: 'apikey', API_KEYS_FILE: file, COST_BUDGET_PER_MINUTE: '100' };
const RESET_AT = '2030-01-01T00:01:00.000Z';

describe('cost budget over HTTP', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack({}, { security: securityFrom(budgetEnv, { clock: fakeClock() }) });
  }, 20_000);
  afterAll(() => s.close());

  it('answers an operation the rest of the budget cannot pay with HTTP 429, Retry-After and BUDGET_EXCEEDED, before any AWS call', async () => {
    for (let i = 0; i < 10; i += 1) expect((await s.gql(TEN, undefined, as('portal'))).status).toBe(200);
    await s.resetStats();
    const res = await fetch(s.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as('portal') },
      body: JSON.stringify({ query: FIFTY_ONE }),
    });
    expect({ status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() }).toEqual({
      status: 429,
      retryAfter: '50',
      body: {
        errors: [
          {
            message: `This query's requested cost is 51, but only 0 of your 100 per minute remain; the budget is whole again at ${RESET_AT} (in 50 s)`,
            extensions: { code: 'BUDGET_EXCEEDED', requested: 51, remaining: 0, retryAfterSeconds: 50 },
          },
        ],
        extensions: {
          cost: {
            requested: 51,
            actual: 0,
            upstream: { calls: 0, byOperation: {} },
            budget: { limit: 100, remaining: 0, resetAt: RESET_AT },
          },
        },
      },
    });
    expect((await s.stats()).total).toBe(0);
  });
});

describe('cost budget in Redis (REDIS_URL)', () => {
  let redis: TestRedis;
  let a: TestStack;
  let b: TestStack;
  beforeAll(async () => {
    redis = await startRedis();
    const clock = fakeClock();
    a = await startStack({}, { redisUrl: redis.url, security: securityFrom(budgetEnv, { clock }) });
    b = await startStack({}, { redisUrl: redis.url, security: securityFrom(budgetEnv, { clock }) });
  }, 20_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await redis?.stop();
  });

  it('is shared by every replica: what one gateway charged, the other sees spent', async () => {
    for (let i = 0; i < 3; i += 1) expect((await a.gql(TEN, undefined, as('portal'))).status).toBe(200);
    expect((await b.gql(TEN, undefined, as('portal'))).extensions!.cost!.budget).toEqual({ limit: 100, remaining: 60, resetAt: RESET_AT });
    for (let i = 0; i < 6; i += 1) expect((await a.gql(TEN, undefined, as('portal'))).status).toBe(200);
    const refused = await b.gql(FIFTY_ONE, undefined, as('portal'));
    expect({ status: refused.status, code: refused.errors![0].extensions!.code, budget: refused.extensions!.cost!.budget }).toEqual({
      status: 429,
      code: 'BUDGET_EXCEEDED',
      budget: { limit: 100, remaining: 0, resetAt: RESET_AT },
    });
  }, 20_000);

  it('counts in memory when Redis cannot be reached, and says so in the log', async () => {
    const logged: string[] = [];
    const t = await startStack(
      {},
      { redisUrl: 'redis://127.0.0.1:1', log: (m) => logged.push(m), security: securityFrom(budgetEnv, { clock: fakeClock() }) },
    );
    try {
      const res = await t.gql(TEN, undefined, as('portal'));
      expect(res.extensions!.cost!.budget).toEqual({ limit: 100, remaining: 90, resetAt: RESET_AT });
      expect(logged).toEqual([
        'Redis at 127.0.0.1:1 is down (ECONNREFUSED): serving without the shared cache, and the cost budget in memory, until it answers again',
      ]);
    } finally {
      await t.close();
    }
  });
});
