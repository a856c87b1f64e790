import { hasRedisServer, startRedis, type TestRedis } from '../support/redis';
import { securityFrom, writeApiKeys } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

/** A mutation that costs exactly 10, requested and actual (a bad id is refused before any AWS call). */
const TEN = 'mutation { deleteAgreement(input: { id: "not-an-id" }) { deletedId userErrors { code } } }';
/** A query that requests 51 (one page, up to 50 profiles) but, with no profiles, uses 1. */
const FIFTY_ONE = '{ profiles(first: 50) { edges { node { as2Id } } } }';

/** The budget is counted per clock minute: a test that could cross into the next one waits for it first (at most 15 s). */
async function awayFromMinuteEnd(): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 50));
}

const { file, keys } = writeApiKeys([
  { name: 'portal', role: 'operator' },
  { name: 'batch', role: 'operator' },
]);
const as = (name: string) => ({ 'x-api-key': keys[name] });
const budgetEnv = { AUTH_MODE: 'apikey', API_KEYS_FILE: file, COST_BUDGET_PER_MINUTE: '100' };

describe('cost budget per principal and minute (in memory)', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack({}, { security: securityFrom(budgetEnv) });
  }, 20_000);
  afterAll(() => s.close());

  it('charges what a query used, not what it could have used, and reports the rest in extensions.cost.budget', async () => {
    await awayFromMinuteEnd();
    const res = await s.gql(FIFTY_ONE, undefined, as('portal'));
    const resetAt = new Date(Math.ceil(Date.now() / 60_000) * 60_000).toISOString();
    expect(res.extensions!.cost).toEqual({
      requested: 51,
      actual: 1,
      upstream: { calls: 1, byOperation: { ListProfiles: 1 } },
      budget: { limit: 100, remaining: 99, resetAt },
    });
  }, 20_000);

  it('refuses an operation whose requested cost exceeds what is left with BUDGET_EXCEEDED (HTTP 429, Retry-After), before any AWS call', async () => {
    await awayFromMinuteEnd();
    let last: Response | undefined;
    for (let i = 0; i < 12; i += 1) {
      last = await fetch(s.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...as('batch') }, body: JSON.stringify({ query: TEN }) });
      if (last.status !== 200) break;
    }
    // 10 operations of 10 spend the 100; the 11th is refused.
    expect(last!.status).toBe(429);
    const seconds = Number(last!.headers.get('retry-after'));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    const body = (await last!.json()) as any;
    const resetAt = new Date(Math.ceil(Date.now() / 60_000) * 60_000).toISOString();
    expect(body).toEqual({
      errors: [
        {
          message: `This query's requested cost is 10, but only 0 of your 100 per minute remain; the budget is whole again at ${resetAt} (in ${seconds} s)`,
          extensions: { code: 'BUDGET_EXCEEDED', requested: 10, remaining: 0, retryAfterSeconds: seconds },
        },
      ],
      extensions: { cost: { requested: 10, actual: 0, upstream: { calls: 0, byOperation: {} }, budget: { limit: 100, remaining: 0, resetAt } } },
    });
    await s.resetStats();
    expect((await s.gql(FIFTY_ONE, undefined, as('batch'))).status).toBe(429);
    expect((await s.stats()).total).toBe(0);
  }, 20_000);

  it("keeps each principal's budget apart", async () => {
    const res = await s.gql(TEN, undefined, as('portal'));
    expect(res.status).toBe(200);
    expect(res.extensions!.cost!.budget.remaining).toBeGreaterThan(0);
  });
});

(hasRedisServer ? describe : describe.skip)('cost budget in Redis (REDIS_URL)', () => {
  let redis: TestRedis;
  let a: TestStack;
  let b: TestStack;
  beforeAll(async () => {
    redis = await startRedis();
    a = await startStack({}, { redisUrl: redis.url, security: securityFrom(budgetEnv) });
    b = await startStack({}, { redisUrl: redis.url, security: securityFrom(budgetEnv) });
  }, 20_000);
  afterAll(async () => {
    await a.close();
    await b.close();
    await redis.stop();
  });

  it('is shared by every replica: what one gateway charged, the other sees spent', async () => {
    await awayFromMinuteEnd();
    for (let i = 0; i < 3; i += 1) expect((await a.gql(TEN, undefined, as('portal'))).status).toBe(200);
    const res = await b.gql(TEN, undefined, as('portal'));
    expect(res.extensions!.cost!.budget).toMatchObject({ limit: 100, remaining: 60 });
    for (let i = 0; i < 6; i += 1) await a.gql(TEN, undefined, as('portal'));
    expect((await b.gql(TEN, undefined, as('portal'))).errors![0].extensions!.code).toBe('BUDGET_EXCEEDED');
  }, 20_000);

  it('counts in memory when Redis cannot be reached, and says so in the log', async () => {
    const logged: string[] = [];
    const t = await startStack({}, { redisUrl: 'redis://127.0.0.1:1', log: (m) => logged.push(m), security: securityFrom(budgetEnv) });
    try {
      const res = await t.gql(TEN, undefined, as('portal'));
      expect(res.extensions!.cost!.budget).toMatchObject({ limit: 100, remaining: 90 });
      expect(logged).toEqual(['Redis at 127.0.0.1:1 is down (ECONNREFUSED): serving without the shared cache, and the cost budget in memory, until it answers again']);
    } finally {
      await t.close();
    }
  });
});

describe('AUTH_MODE=none', () => {
  it('keys the budget by client address', async () => {
    const s = await startStack({}, { security: securityFrom({ COST_BUDGET_PER_MINUTE: '100' }) });
    try {
      await awayFromMinuteEnd();
      await s.gql(TEN);
      expect((await s.gql(TEN)).extensions!.cost!.budget).toMatchObject({ remaining: 80 });
    } finally {
      await s.close();
    }
  }, 20_000);
});
